/** Renders specs through the real core (lint, plan, templates), without the CLI around it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkFollowUp } from '../../src/core/followup.js';
import type { Finding } from '../../src/core/finding.js';
import { lintSource } from '../../src/core/lint.js';
import { createEngine, type DocumentName } from '../../src/core/render/engine.js';
import { planDocuments, renderPlanned } from '../../src/core/render/render.js';
import { agreementHash } from '../../src/core/signoff/agreement.js';
import { signoffStatus } from '../../src/core/signoff/status.js';
import type { AlignkitFollowUp } from '../../src/generated/followup.types.js';
import type { CampaignSpec } from '../../src/core/spec/model.js';
import { ROOT } from './paths.js';

export const RENDER_TODAY = '2027-01-15';
export const FOLLOWUP_EXAMPLE = 'examples/product-launch.2027-03-19.followup.yaml';

const engine = createEngine();

export interface Rendered {
  fileName: string;
  content: string;
}

export function loadSpec(path: string): CampaignSpec {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as CampaignSpec;
}

export function loadFollowUp(path: string, spec: CampaignSpec): AlignkitFollowUp {
  const checked = checkFollowUp(path, readFileSync(join(ROOT, path)), spec);
  if (!checked.followup) throw new Error(`${path}: ${checked.result.findings.map((f) => f.message).join('; ')}`);
  return checked.followup;
}

export async function findingsOf(path: string, text?: string): Promise<Finding[]> {
  const bytes = text === undefined ? readFileSync(join(ROOT, path)) : new TextEncoder().encode(text);
  return (await lintSource(path, bytes, { today: RENDER_TODAY })).findings;
}

/** Every document of a spec, as the CLI would write them. */
export function renderSpec(spec: CampaignSpec, source: string, findings: readonly Finding[] = [], options: { documents?: DocumentName[]; followup?: AlignkitFollowUp } = {}): Rendered[] {
  const documents = options.documents ?? (options.followup ? ['brief', 'agreement', 'followup'] : ['brief', 'agreement']);
  return planDocuments(spec, { documents, followup: options.followup }).map((p) => ({
    fileName: p.fileName,
    content: renderPlanned(engine, spec, p, { source, findings, signoff: signoffStatus(spec, agreementHash(spec)) }, options.followup),
  }));
}
