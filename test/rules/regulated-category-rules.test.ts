import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('regulated-category-rules', {
  valid: [
    { name: 'the base spec' },
    {
      name: 'US alcohol with its rules',
      edits: [
        ['category: consumer_electronics', 'category: alcohol'],
        ['compliance:\n  jurisdictions: [US, CA]\n', 'compliance:\n  jurisdictions: [US, CA]\n  regulated:\n    min_audience_lpa_pct: 75\n    responsibility_message: Please enjoy responsibly.\n'],
      ],
    },
    {
      name: 'UK alcohol with everyone 25 or over and young audiences within the law',
      edits: [
        ['category: consumer_electronics', 'category: alcohol'],
        ['  markets: [US, CA]\n  languages', '  markets: [GB]\n  languages'],
        [
          'compliance:\n  jurisdictions: [US, CA]\n',
          'compliance:\n  jurisdictions: [GB]\n  regulated:\n    min_talent_age: 25\n    max_audience_u18_pct: 25\n    responsibility_message: Enjoy responsibly. drinkaware.co.uk\n',
        ],
      ],
    },
  ],
  invalid: [
    {
      name: 'alcohol without regulated rules',
      edits: [['category: consumer_electronics', 'category: alcohol']],
      errors: [
        { at: 'compliance:\n', message: /responsibility message/, hint: /^Add compliance\.regulated\.responsibility_message / },
        { at: 'compliance:\n', message: /73\.8/, hint: /^Set compliance\.regulated\.min_audience_lpa_pct: 73\.8/ },
      ],
    },
    {
      name: 'a creator under 25 in UK alcohol',
      edits: [
        ['category: consumer_electronics', 'category: alcohol'],
        ['  markets: [US, CA]\n  languages', '  markets: [GB]\n  languages'],
        [
          'compliance:\n  jurisdictions: [US, CA]\n',
          'compliance:\n  jurisdictions: [GB]\n  regulated:\n    min_talent_age: 25\n    max_audience_u18_pct: 25\n    responsibility_message: Enjoy responsibly. drinkaware.co.uk\n',
        ],
        ['    age: 27', '    age: 24'],
      ],
      errors: [{ at: '24\n', after: 'id: maya-chen', message: /requires talent aged 25/ }],
    },
    {
      name: "the law's floor over a laxer spec: a 23-year-old in UK alcohol when the spec says 21",
      edits: [
        ['category: consumer_electronics', 'category: alcohol'],
        ['  markets: [US, CA]\n  languages', '  markets: [GB]\n  languages'],
        [
          'compliance:\n  jurisdictions: [US, CA]\n',
          'compliance:\n  jurisdictions: [GB]\n  regulated:\n    min_talent_age: 21\n    max_audience_u18_pct: 25\n    responsibility_message: Enjoy responsibly. drinkaware.co.uk\n',
        ],
        ['    age: 31', '    age: 23'],
      ],
      errors: [
        {
          at: '23\n',
          after: 'id: jon-reyes',
          message: /Jon Reyes is 23; alcohol content requires talent aged 25 or over \(UK CAP Code 18\.16, GB; the spec's min_talent_age of 21 is laxer\)/,
          hint: /^Give this part to someone aged 25 or over, or keep Jon Reyes out of the alcohol content\.$/,
        },
        { at: 'regulated:', message: /min_talent_age of at least 25/ },
      ],
    },
    {
      name: 'US alcohol: a 20-year-old creator where the spec names no talent age',
      edits: [
        ['category: consumer_electronics', 'category: alcohol'],
        ['compliance:\n  jurisdictions: [US, CA]\n', 'compliance:\n  jurisdictions: [US, CA]\n  regulated:\n    min_audience_lpa_pct: 75\n    responsibility_message: Please enjoy responsibly.\n'],
        ['    age: 27', '    age: 20'],
      ],
      errors: [{ at: '20\n', after: 'id: maya-chen', message: /Maya Chen is 20; alcohol content requires talent aged 21 or over \(US legal purchase age/ }],
    },
    {
      name: 'UK alcohol: 27 % of an audience under 18 where the spec allows 30 %',
      edits: [
        ['category: consumer_electronics', 'category: alcohol'],
        ['  markets: [US, CA]\n  languages', '  markets: [GB]\n  languages'],
        [
          'compliance:\n  jurisdictions: [US, CA]\n',
          'compliance:\n  jurisdictions: [GB]\n  regulated:\n    min_talent_age: 25\n    max_audience_u18_pct: 30\n    responsibility_message: Enjoy responsibly. drinkaware.co.uk\n',
        ],
        ['age_pct: { "13-17": 3, "18-24": 29', 'age_pct: { "13-17": 27, "18-24": 29'],
      ],
      errors: [
        { at: '{ "13-17": 27', message: /27 % of Jon Reyes's audience is under 18; the limit is below 25 % \(UK CAP Code 18\.15/ },
        { at: 'regulated:', message: /max_audience_u18_pct of 25 or less/ },
      ],
    },
  ],
});
