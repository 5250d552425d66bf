import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('one-primary-objective', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'two primary objectives', edits: [['    primary: false', '    primary: true']], errors: [{ at: 'true\n    type: conversion' }] },
    { name: 'no primary objective', edits: [['    primary: true', '    primary: false']], errors: [{ at: 'objectives:' }] },
    { name: 'a KPI that measures no objective', edits: [['kpis: [views-total, er-views]', 'kpis: [views-total]']], errors: [{ at: 'er-views\n    name' }] },
  ],
});
