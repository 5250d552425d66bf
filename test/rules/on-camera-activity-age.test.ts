import { ruleTester } from '../helpers/rule-tester.js';

const NOTES = 'brief_notes: One commute video, one "noise test" video on a busy street.';
const notes = (text: string): [string, string] => [NOTES, `brief_notes: ${text}`];
const UK: [string, string] = ['    markets: [US]\n    brief_notes: One commute', '    markets: [GB]\n    brief_notes: One commute'];
const AGE = (age: number): [string, string] => ['    age: 27', `    age: ${age}`];

ruleTester('on-camera-activity-age', {
  valid: [
    { name: 'the base spec' },
    { name: 'a 27-year-old tasting a cocktail for a UK audience', edits: [UK, notes('One commute video; pour and taste the elderflower spritz at the end.')] },
    { name: 'a 23-year-old drinking water in an earbuds campaign', edits: [UK, AGE(23), notes('One commute video; drink some water after the run.')] },
    { name: 'a 23-year-old shown making a cocktail someone older tastes', edits: [UK, AGE(23), notes('Show the spritz being made; a friend aged 30 does the tasting.')] },
  ],
  invalid: [
    {
      name: 'a 23-year-old asked to pour and taste a spritz for the UK, in a campaign not filed as alcohol',
      edits: [UK, AGE(23), notes('One commute video; pour and taste the elderflower spritz at the end.')],
      errors: [
        {
          at: 'One commute video; pour',
          message: /asks Maya Chen to be shown "pour and taste the elderflower spritz" \(alcohol\), but Maya Chen is 23; in GB nobody under 25 may be \(UK CAP Code 18\.16\)/,
        },
      ],
    },
    {
      name: 'a 20-year-old placing a bet for the US, in a gambling campaign',
      edits: [['category: consumer_electronics', 'category: gambling'], AGE(20), notes('Place a bet on the big game from the couch.')],
      errors: [{ at: 'Place a bet', message: /"Place a bet" \(gambling\), but Maya Chen is 20; in US nobody under 21 may be/ }],
    },
    {
      name: 'a 27-year-old host tasting a spritz for the UK with a 22-year-old co-creator on the panel',
      edits: [
        UK,
        ['    age: 31', '    age: 22'],
        ['    creator: maya-chen\n    platform: tiktok', '    creator: maya-chen\n    co_creators: [jon-reyes]\n    platform: tiktok'],
        notes('A live tasting where both pour and taste the elderflower spritz.'),
      ],
      errors: [{ at: 'A live tasting', message: /asks Jon Reyes to be shown "pour and taste the elderflower spritz" \(alcohol\), but Jon Reyes is 22; in GB nobody under 25/ }],
    },
  ],
});
