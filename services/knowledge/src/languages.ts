// The languages a best practice may be written in: the two-letter codes of ISO 639-1.
// A fixed list rather than Intl, whose answer for an unknown code depends on the ICU
// data Node was built with.
const iso639_1 = new Set(
  `aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu
   fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km
   kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
   or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
   ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`.split(/\s+/),
);

/** The ISO 639-1 code a text names ("EN", " en " mean "en"), or null when it names none. */
export function languageCode(value: string): string | null {
  const code = value.trim().toLowerCase();
  return iso639_1.has(code) ? code : null;
}
