/**
 * A number as an English finding or diff writes it: thousands grouped with commas, at most `fractionDigits`
 * decimals (halves rounded away from zero, on the shortest decimal form, as Intl does), no trailing zeros
 * ("1,100,000", "433.33", "4.5"). Written out rather than with `toLocaleString('en-US')`: the first Intl
 * number format of a process loads ICU's data (12-16 ms and 6 MiB), which a lint with one such finding paid
 * in full.
 */
export function englishNumber(value: number, fractionDigits = 3): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const shortest = String(Math.abs(value));
  // Below 1e-6 the shortest form has an exponent, and rounds to zero at any precision a finding uses.
  let [whole, fraction = ''] = shortest.includes('e') ? ['0', ''] : shortest.split('.');
  if (fraction.length > fractionDigits) {
    const roundUp = fraction.charCodeAt(fractionDigits) >= 53; // '5'
    fraction = fraction.slice(0, fractionDigits);
    if (roundUp) [whole, fraction] = incremented(whole!, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',');
  const text = fraction ? `${grouped}.${fraction}` : grouped;
  return value < 0 && text !== '0' ? `-${text}` : text;
}

/** whole.fraction plus one unit in the fraction's last place, carried as far as it goes. */
function incremented(whole: string, fraction: string): [string, string] {
  const digits = [...`${whole}${fraction}`];
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
  else digits.unshift('1');
  const cut = digits.length - fraction.length;
  return [digits.slice(0, cut).join(''), digits.slice(cut).join('')];
}

/** An amount of money as findings and diffs write it: "EUR 28,500", "GBP 433.33". */
export function amountText(amount: number, currency: string): string {
  return `${currency} ${englishNumber(amount, 2)}`;
}
