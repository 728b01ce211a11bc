import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { readFileSync } from 'node:fs';

/**
 * The portal's own words, read from `locales/<lang>/main.ftl`, so that a
 * change of wording is made once, there, and the specs follow it.
 */
export const LANGS = ['en', 'it'] as const;
/** Any language with a `locales/<tag>/` folder; LANGS are the ones every spec walks. */
export type Lang = (typeof LANGS)[number] | (string & {});

type Args = Record<string, FluentVariable>;

function bundle(lang: Lang, useIsolating: boolean): FluentBundle {
  const file = new URL(`../../locales/${lang}/main.ftl`, import.meta.url);
  const bundle = new FluentBundle(lang, { useIsolating });
  const errors = bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
  if (errors.length) throw new Error(`${lang}/main.ftl: ${errors.join('; ')}`);
  return bundle;
}

// Pages keep Fluent's bidi isolation marks around each argument, as the
// server renders them; emails and text messages are sent without them.
// (This library also isolates message references and string literals,
// the server's does not; the messages use neither.)
const onPage = new Map<string, FluentBundle>();
const inMessage = new Map<string, FluentBundle>();

function format(bundles: Map<string, FluentBundle>, lang: Lang, key: string, args?: Args): string {
  if (!bundles.has(lang)) bundles.set(lang, bundle(lang, bundles === onPage));
  const b = bundles.get(lang)!;
  const message = b.getMessage(key);
  if (!message?.value) throw new Error(`no message ${key} in ${lang}/main.ftl`);
  const errors: Error[] = [];
  const text = b.formatPattern(message.value, args, errors);
  if (errors.length) throw new Error(`${lang} ${key}: ${errors.join('; ')}`);
  return text;
}

/** The message `key` as a page shows it. */
export function t(lang: Lang, key: string, args?: Args): string {
  return format(onPage, lang, key, args);
}

/** The message `key` as an email or a text message carries it. */
export function sent(lang: Lang, key: string, args?: Args): string {
  return format(inMessage, lang, key, args);
}

/**
 * The whole message `key` as a page shows it, for arguments the spec
 * cannot know exactly (a masked address, a time): each is matched by its
 * pattern in `slots`. Plural variants fall back to the default one.
 */
export function pattern(lang: Lang, key: string, slots: Record<string, RegExp>): RegExp {
  const names = Object.keys(slots);
  // Private-use characters never occur in the messages nor need escaping.
  const marker = (i: number) => `\uE000${i}\uE001`;
  const text = t(lang, key, Object.fromEntries(names.map((name, i) => [name, marker(i)])));
  let source = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  names.forEach((name, i) => {
    source = source.split(marker(i)).join(`(?:${slots[name].source})`);
  });
  return new RegExp(`^${source}$`);
}
