import { readFileSync } from 'node:fs';
import { readBlockYaml } from '../src/core/spec/block-yaml.ts';
import { isValidCampaign } from '../src/core/validate/fast-check.ts';
import { runRules } from '../src/core/rules/run.ts';
const base = readFileSync('examples/product-launch.campaign.yaml', 'utf8');
const texts = Array.from({ length: 1000 }, (_, i) => base.replace('id: nova-buds-pro-launch', `id: nova-launch-${i}`));
const what = process.argv[2] ?? 'all';
const time = async (label: string, f: (t: string, i: number) => unknown) => {
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) await f(texts[i]!, i);
    if (r >= 2) console.log(label, ((performance.now() - t0) / texts.length * 1000).toFixed(1), 'µs/spec');
  }
};
const parsed = texts.map((t) => readBlockYaml(t));
if (what === 'all' || what === 'parse') await time('parse', (t) => readBlockYaml(t));
if (what === 'all' || what === 'validate') await time('validate', (_, i) => isValidCampaign(parsed[i]));
if (what === 'all' || what === 'rules') await time('rules', (t) => runRules(readBlockYaml(t) as never, { today: '2027-01-15' }));
