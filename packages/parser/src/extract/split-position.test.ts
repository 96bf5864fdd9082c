import { describe, expect, it } from 'vitest';
import { placeOfPosition } from './split-position.js';

describe('placeOfPosition', () => {
  it('names the country of a position', () => {
    expect(placeOfPosition('Prime Minister of Armenia')).toEqual({
      country: 'Armenia',
      organisation: null,
    });
    expect(placeOfPosition('President of the Republic of Kazakhstan')).toEqual({
      country: 'Kazakhstan',
      organisation: null,
    });
  });

  it('names the organisation of a position', () => {
    expect(
      placeOfPosition('Secretary General of the Collective Security Treaty Organisation'),
    ).toEqual({
      country: null,
      organisation: 'Collective Security Treaty Organisation',
    });
  });

  it('names neither for a region or a bare title', () => {
    expect(placeOfPosition('Governor of Sverdlovsk Region')).toEqual({
      country: null,
      organisation: null,
    });
    expect(placeOfPosition('Deputy Prime Minister')).toEqual({ country: null, organisation: null });
    expect(placeOfPosition(null)).toEqual({ country: null, organisation: null });
  });
});
