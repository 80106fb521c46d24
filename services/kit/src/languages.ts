// Working languages across the platform: the two-letter codes of ISO 639-1 in force
// (183 of them). Written out rather than asked of Intl, whose answer for an unknown or
// retired code depends on the ICU data Node was built with. Every service checks
// languages against this one list, so a code one service takes, every other takes too.
const iso639_1 = new Set(
  `aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu
   fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km
   kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
   or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
   ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`.split(/\s+/),
);

/** Codes ISO 639-1 withdrew, with the code that replaced each: a message can say which to use. */
export const retiredLanguageCodes: Readonly<Record<string, string>> = Object.freeze({ iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro' });

/** The ISO 639-1 code a text names (" EN " means "en"), or null when it names none in force. */
export function languageCode(value: string): string | null {
  const code = value.trim().toLowerCase();
  return iso639_1.has(code) ? code : null;
}
