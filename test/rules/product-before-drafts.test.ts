import { ruleTester } from '../helpers/rule-tester.js';

const productAt = (when: string, name = 'Product delivered to every creator'): [string, string] => [
  '    name: Product delivered to every creator\n    at: 2027-02-16T17:00 America/New_York',
  `    name: ${name}\n    at: ${when}`,
];

ruleTester('product-before-drafts', {
  valid: [
    { name: 'the base spec: the product arrives three days before the first drafts' },
    // 17:00 in New York is 14:00 in Los Angeles: Maya has the product three hours before her draft is due.
    { name: 'the product arrives the afternoon the first drafts are due, before them', edits: [productAt('2027-02-19T17:00 America/New_York')] },
    { name: 'samples that reach only Priya, before her draft', edits: [productAt('2027-02-22T12:00 America/Chicago', 'Samples shipped to Priya')] },
    { name: 'a milestone about something else', edits: [productAt('2027-02-22T17:00 America/New_York', 'Launch event venue booked')] },
    { name: 'a sample of content, not of the product', edits: [productAt('2027-02-22T17:00 America/New_York', 'Sample edit delivered to the brand')] },
    {
      name: 'a milestone whose name reads as delivery but whose kind says otherwise',
      edits: [productAt('2027-02-22T17:00 America/New_York', 'Product delivered to the retail partners\n    kind: other')],
    },
  ],
  invalid: [
    {
      name: 'a French milestone that states its kind',
      edits: [productAt('2027-02-22T17:00 America/New_York', 'Produit livré à chaque créateur\n    kind: product_delivered')],
      errors: [
        {
          at: '2027-02-22T17:00 America/New_York',
          message: /^Milestone product-delivered \(Produit livré à chaque créateur\) is 2027-02-22T17:00 America\/New_York, but the drafts of maya-tiktok/,
          hint: /with that reason\.$/,
        },
      ],
    },
    {
      name: 'the second batch slips to 22 February; three drafts are due on the 19th',
      edits: [productAt('2027-02-22T17:00 America/New_York')],
      errors: [
        {
          at: '2027-02-22T17:00 America/New_York',
          message:
            /^Milestone product-delivered \(Product delivered to every creator, read from its name\) is 2027-02-22T17:00 America\/New_York, but the drafts of maya-tiktok \(Maya Chen, 2027-02-19T17:00 America\/Los_Angeles\), jon-reel \(Jon Reyes, 2027-02-19T17:00 America\/Toronto\), jon-stories \(Jon Reyes, 2027-02-19T17:00 America\/Toronto\) are due before it: their creators would make them before having the product\. An endorser must have used what they endorse \(Canadian Code of Advertising Standards, clause 7; FTC Endorsement Guides, 16 CFR § 255\.1\(c\)\)\.$/,
          hint: /To state what it marks instead of its name: kind: product_delivered, or kind: other\.$/,
        },
      ],
    },
    {
      name: 'units that reach Priya an hour after her draft is due, in her zone',
      edits: [productAt('2027-02-24T13:00 America/Chicago', 'Units delivered to Priya')],
      errors: [
        {
          at: '2027-02-24T13:00 America/Chicago',
          message:
            /^Milestone product-delivered \(Units delivered to Priya, read from its name\) is 2027-02-24T13:00 America\/Chicago, but the draft of priya-integration is due 2027-02-24T12:00 America\/Chicago: Priya Nair would make it before having the product\./,
        },
      ],
    },
  ],
});
