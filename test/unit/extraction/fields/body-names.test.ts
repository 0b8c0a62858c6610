import { describe, expect, it } from 'vitest';
import {
  bodyTypeOf,
  resolveBody,
  resolveDistrictItem,
} from '../../../../shared/extraction/fields/body-names.ts';

describe('resolveBody', () => {
  it('picks the name valid in the document year for a renamed body', () => {
    expect(resolveBody('trafiknämnden', 2012, true).name).toBe('Trafik- och renhållningsnämnden');
    expect(resolveBody('trafiknämnden', 2021, true).name).toBe('Trafiknämnden');
  });

  it('corrects a misspelt district genitive to the official name', () => {
    expect(resolveBody('Rinkebys stadsdelsnämnd', 2019, true)).toMatchObject({
      name: 'Rinkeby-Kista stadsdelsnämnd',
      type: 'stadsdelsnamnd',
    });
  });

  it('keeps a body outside the register as printed, capitalised', () => {
    expect(resolveBody('tekniska nämnden', 2019, false)).toMatchObject({
      name: 'Tekniska nämnden',
      type: 'namnd',
    });
  });
});

describe('resolveDistrictItem', () => {
  it('resolves a historical district inside a grouped list', () => {
    expect(resolveDistrictItem('Älvsjö', 2015, true)?.name).toBe('Älvsjö stadsdelsnämnd');
    expect(resolveDistrictItem('Hägersten-Älvsjö', 2021, true)?.name).toBe('Hägersten-Älvsjö stadsdelsnämnd');
  });

  it('returns null for a body that is not a district', () => {
    expect(resolveDistrictItem('Polisregion Stockholm', 2021, true)).toBeNull();
  });
});

describe('bodyTypeOf', () => {
  it.each([
    ['Kommunala pensionärsrådet', 'rad'],
    ['Länsstyrelsen i Stockholms län', 'extern'],
    ['Stadsbyggnadskontoret', 'kontor'],
    ['Stockholm Exergi AB', 'bolag'],
    ['Skolverket', 'extern'],
  ])('types %s as %s', (name, type) => {
    expect(bodyTypeOf(name)).toBe(type);
  });
});
