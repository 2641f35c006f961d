/** Letters that NFKD does not decompose into a Latin base letter and marks. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ŧ: 't',
  ħ: 'h',
};
const MAX_SLUG_LENGTH = 60;

/**
 * A file-name-safe slug: lower-case ASCII letters and digits separated by single dashes, at most
 * 60 characters (cut at a dash where one is near). Accented Latin letters lose their accents
 * (`Café` -> `cafe`); letters of other scripts and emoji are dropped. Never empty: `postmortem`.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 starts the ASCII range
    .replace(/[^\x00-\x7f]/g, (letter) => LATIN_LETTERS[letter] ?? ' ');
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)).replace(
      /-+$/,
      '',
    );
  }
  return slug === '' ? 'postmortem' : slug;
}

/** `2025-01-05`, `Checkout API returned 503s` -> `2025-01-05-checkout-api-returned-503s.postmortem.md`. */
export function postmortemFileName(date: string, title: string): string {
  return `${date}-${slugify(title)}.postmortem.md`;
}

const EXTENSION = /(?:\.postmortem)?\.[^./\\]+$/i;
const MAX_SUFFIX = 10_000;

/** `name`, or the first of `name-2`, `name-3`, ... (before the extension) for which `exists` is false. */
export function uniqueFileName(name: string, exists: (name: string) => boolean): string {
  if (!exists(name)) return name;
  const extension = EXTENSION.exec(name.replace(/^.*[\\/]/, ''))?.[0] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  for (let suffix = 2; suffix <= MAX_SUFFIX; suffix++) {
    const candidate = `${stem}-${suffix}${extension}`;
    if (!exists(candidate)) return candidate;
  }
  throw new Error(`No free file name like ${name}: ${MAX_SUFFIX} are taken`);
}
