import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('regulated-category-rules', {
  valid: [
    { name: "the base spec" },
    { name: "US alcohol with its rules", edits: [["category: consumer_electronics", "category: alcohol"], ["compliance:\n  jurisdictions: [US, CA]\n", "compliance:\n  jurisdictions: [US, CA]\n  regulated:\n    min_audience_lpa_pct: 75\n    responsibility_message: Please enjoy responsibly.\n"]] },
  ],
  invalid: [
    { name: "alcohol without regulated rules", edits: [["category: consumer_electronics", "category: alcohol"]], errors: [{ at: "compliance:\n", message: /responsibility message/ }, { at: "compliance:\n", message: /73\.8/ }] },
    { name: "a creator under 25 in UK alcohol", edits: [["category: consumer_electronics", "category: alcohol"], ["  markets: [US, CA]\n  languages", "  markets: [GB]\n  languages"], ["compliance:\n  jurisdictions: [US, CA]\n", "compliance:\n  jurisdictions: [GB]\n  regulated:\n    min_talent_age: 25\n    max_audience_u18_pct: 25\n    responsibility_message: Enjoy responsibly. drinkaware.co.uk\n"], ["    age: 27", "    age: 24"]], errors: [{ at: "24\n", after: "id: maya-chen", message: /requires talent aged 25/ }] },
  ],
});
