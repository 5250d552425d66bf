import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('objective-kpi-fit', {
  valid: [{ name: 'the base spec' }],
  invalid: [
    { name: 'a conversion objective measured by views', edits: [['kpis: [code-sales]', 'kpis: [views-total]']], errors: [{ at: '[views-total]' }] },
    { name: 'an awareness objective measured by sales', edits: [['kpis: [views-total, er-views]', 'kpis: [code-sales]']], errors: [{ at: '[code-sales]', after: 'id: launch-awareness' }] },
  ],
});
