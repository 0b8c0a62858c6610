// The signing line's place (`Uppsala den 15 maj 2013`): evidence of the municipality when the header
// names none. The municipalities themselves are data in ../municipalities/.

export const SIGNING_PLACE_RE = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) den \d{1,2}\s+\p{L}+\s+\d{4}$/mu;
