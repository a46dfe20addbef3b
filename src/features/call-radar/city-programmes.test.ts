import { describe, expect, it } from 'vitest';
import { cityProgrammeOf } from './city-programmes.ts';

describe('cityProgrammeOf', () => {
  it('recognises CERV town twinning and networks of towns apart from other CERV topics', () => {
    expect(cityProgrammeOf({ identifier: 'CERV-2025-CITIZENS-TOWN-TT', programmeCode: 'CERV' })).toEqual({ code: 'CERV', key: 'cerv-town-twinning' });
    expect(cityProgrammeOf({ identifier: 'CERV-2025-CITIZENS-TOWN-NT', programmeCode: 'CERV' })).toEqual({ code: 'CERV', key: 'cerv-networks-of-towns' });
    expect(cityProgrammeOf({ identifier: 'CERV-2025-CHAR-LITI', programmeCode: 'CERV' })).toBeNull();
  });

  it('recognises the cities mission but not other Horizon Europe topics', () => {
    expect(cityProgrammeOf({ identifier: 'HORIZON-MISS-2027-CIT-02-03', programmeCode: 'HORIZON' })?.key).toBe('horizon-cities-mission');
    expect(cityProgrammeOf({ identifier: 'HORIZON-CL5-2027-D3-01', programmeCode: 'HORIZON' })).toBeNull();
  });

  it('recognises Interreg, URBACT, LIFE and Digital Europe by programme code or identifier', () => {
    expect(cityProgrammeOf({ identifier: 'X-1', programmeCode: 'INTERREG-EUROPE' })?.key).toBe('interreg');
    expect(cityProgrammeOf({ identifier: 'URBACT-IV-APN', programmeCode: null })?.key).toBe('urbact');
    expect(cityProgrammeOf({ identifier: 'LIFE-2026-SAP-CLIMA', programmeCode: 'LIFE' })?.key).toBe('life');
    expect(cityProgrammeOf({ identifier: 'digital-2026-cloud-ai-08', programmeCode: null })?.key).toBe('digital-europe');
    expect(cityProgrammeOf({ identifier: 'EDF-2026-RA', programmeCode: 'EDF' })).toBeNull();
  });

  it('reads the call identifier too', () => {
    expect(cityProgrammeOf({ identifier: '101234', callIdentifier: 'CERV-2025-CITIZENS-TOWN', programmeCode: null })?.key).toBe('cerv-networks-of-towns');
  });
});
