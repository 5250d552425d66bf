/**
 * The prompts of `alignkit confirm` on a terminal: each assumed value with its
 * place in the file; confirm it, leave it, or stop. Only `confirm` imports this
 * module, so `lint` never loads inquirer.
 */
import { select } from '@inquirer/prompts';
import { isPromptInterrupt } from '../errors.js';

export interface ValueToConfirm {
  pointer: string;
  /** `approvals.revision_rounds = 2` */
  label: string;
  /** `spring.campaign.yaml:297:20` */
  where: string;
}

export async function askConfirmations(values: readonly ValueToConfirm[]): Promise<{ chosen: Set<string>; interrupted: boolean }> {
  const chosen = new Set<string>();
  for (const [i, value] of values.entries()) {
    let answer: string;
    try {
      answer = await select({
        message: `(${i + 1}/${values.length}) ${value.label}  [${value.where}]`,
        choices: [
          { value: 'confirm', name: 'Confirm: the team agreed to this value as it is' },
          { value: 'skip', name: 'Leave it assumed (settle or change it later)' },
          { value: 'stop', name: 'Stop here, keeping what I confirmed so far' },
        ],
      });
    } catch (error) {
      if (isPromptInterrupt(error)) return { chosen, interrupted: true };
      throw error;
    }
    if (answer === 'stop') break;
    if (answer === 'confirm') chosen.add(value.pointer);
  }
  return { chosen, interrupted: false };
}
