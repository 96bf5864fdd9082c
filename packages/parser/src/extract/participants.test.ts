import { describe, expect, it } from 'vitest';
import type { PersonRef } from '../document.js';
import { listedPersons } from './participants.js';

/** Links every name given, as a reader would from person links or card debris. */
function linked(text: string, names: string[]): PersonRef[] {
  return names.map((visible) => {
    const start = text.indexOf(visible);
    return {
      start,
      end: start + visible.length,
      visible,
      cardName: null,
      cardPosition: null,
      kremlinPersonId: null,
    };
  });
}

describe('listedPersons', () => {
  it('reads a list of linked and unlinked "Position Name" entries', () => {
    const text =
      'The meeting participants also included Prime Minister of Armenia Nikol Pashinyan, President of Iran Seyyed Ebrahim Raisi, President of Kazakhstan Kassym-Jomart Tokayev, Prime Minister of Pakistan Imran Khan, Secretary General of the Collective Security Treaty Organisation Stanislav Zas and Secretary-General of the Shanghai Cooperation Organisation Vladimir Norov.';
    const got = listedPersons(text, linked(text, ['Nikol Pashinyan', 'Kassym-Jomart Tokayev']));
    expect(got.map((p) => [p.position, p.name])).toEqual([
      ['Prime Minister of Armenia', 'Nikol Pashinyan'],
      ['President of Iran', 'Seyyed Ebrahim Raisi'],
      ['President of Kazakhstan', 'Kassym-Jomart Tokayev'],
      ['Prime Minister of Pakistan', 'Imran Khan'],
      ['Secretary General of the Collective Security Treaty Organisation', 'Stanislav Zas'],
      ['Secretary-General of the Shanghai Cooperation Organisation', 'Vladimir Norov'],
    ]);
  });

  it('keeps commas and "and" inside a position', () => {
    const text =
      'The meeting was attended by Minister of Civil Defence, Emergencies and Natural Disaster Relief Yevgeny Zinichev, Minister of Construction and Housing and Utilities Mikhail Men, as well as heads of relevant ministries.';
    const got = listedPersons(text, linked(text, ['Yevgeny Zinichev', 'Mikhail Men']));
    expect(got.map((p) => p.position)).toEqual([
      'Minister of Civil Defence, Emergencies and Natural Disaster Relief',
      'Minister of Construction and Housing and Utilities',
    ]);
  });

  it('leaves group entries out', () => {
    const text =
      'Taking part were Deputy Prime Minister Marat Khusnullin and the heads of 85 constituent entities.';
    expect(listedPersons(text, linked(text, ['Marat Khusnullin'])).map((p) => p.name)).toEqual([
      'Marat Khusnullin',
    ]);
  });

  it('finds the chair where the sentence says who chaired', () => {
    const text =
      'President of Tajikistan Emomali Rahmon chaired the meeting as the head of state presiding in the SCO this year.';
    const [chair] = listedPersons(text, linked(text, ['Emomali Rahmon']));
    expect(chair).toMatchObject({
      name: 'Emomali Rahmon',
      position: 'President of Tajikistan',
      chair: true,
    });
  });

  it('finds an unlinked list by its structure', () => {
    const text =
      'Participants in the videoconference included Head of Tatarstan Rustam Minnikhanov and Chairman of the Board of Directors of Ammonium JSC Rinat Khanbikov.';
    expect(listedPersons(text, []).map((p) => p.name)).toEqual([
      'Rustam Minnikhanov',
      'Rinat Khanbikov',
    ]);
  });

  it('does not read honorifics as positions', () => {
    const text = 'Mr Putin and Mr Morsi also made press statements following the talks.';
    expect(listedPersons(text, [])).toEqual([]);
  });
});

describe('listedPersons without a position', () => {
  it('gives no position to a name right after "and", and none from an honorific', () => {
    const text = 'Mr Putin and Mr Morsi also made press statements following the talks.';
    const [p] = listedPersons(text, linked(text, ['Mr Morsi']));
    expect(p).toMatchObject({ name: 'Mr Morsi', position: null });
    const [q] = listedPersons(text, linked(text, ['Morsi']));
    expect(q).toMatchObject({ name: 'Morsi', position: null });
  });
});

describe('listedPersons, harder lists', () => {
  it('reads "Name, Position" entries', () => {
    const text =
      'Also in attendance were Denis Manturov, Minister of Industry and Trade, Valery Kapashin, Head of the Federal Directorate for Safe Storage and Disposal of Chemical Weapons, and Hamid Ali Rao, Deputy Director-General of the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons (OPCW).';
    const got = listedPersons(text, linked(text, ['Denis Manturov']));
    expect(got.map((p) => [p.name, p.position])).toEqual([
      ['Denis Manturov', 'Minister of Industry and Trade'],
      [
        'Valery Kapashin',
        'Head of the Federal Directorate for Safe Storage and Disposal of Chemical Weapons',
      ],
      [
        'Hamid Ali Rao',
        'Deputy Director-General of the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons (OPCW)',
      ],
    ]);
  });

  it('keeps "and" inside a position next to a linked name', () => {
    const text =
      'The meeting was attended by Minister for the Development of the Russian Far East and Arctic Alexander Kozlov and Presidential Aide Igor Levitin.';
    const got = listedPersons(text, linked(text, ['Alexander Kozlov', 'Igor Levitin']));
    expect(got.map((p) => [p.name, p.position])).toEqual([
      ['Alexander Kozlov', 'Minister for the Development of the Russian Far East and Arctic'],
      ['Igor Levitin', 'Presidential Aide'],
    ]);
  });

  it('splits at "and" between two people', () => {
    const text =
      'The meeting was also attended by Deputy Prime Minister Vitaly Mutko and Presidential Aide Igor Levitin.';
    expect(listedPersons(text, []).map((p) => [p.name, p.position])).toEqual([
      ['Vitaly Mutko', 'Deputy Prime Minister'],
      ['Igor Levitin', 'Presidential Aide'],
    ]);
  });
});

describe('listedPersons, lists without links', () => {
  it('finds a list inside a sentence, across "as well as"', () => {
    const text =
      'Taking part in the meeting were members of the ASI Supervisory Board, including First Deputy Prime Minister Andrei Belousov and Presidential Aide Maxim Oreshkin, as well as Economic Development Minister Maxim Reshetnikov, directors of some ASI initiatives.';
    expect(listedPersons(text, []).map((p) => [p.name, p.position])).toEqual([
      ['Andrei Belousov', 'First Deputy Prime Minister'],
      ['Maxim Oreshkin', 'Presidential Aide'],
      ['Maxim Reshetnikov', 'Economic Development Minister'],
    ]);
  });
});

describe('listedPersons, chairs and spans', () => {
  it('finds the chair of "The meeting was chaired by …"', () => {
    const text = 'The meeting was chaired by Prime Minister Mikhail Mishustin.';
    expect(listedPersons(text, linked(text, ['Mikhail Mishustin']))).toMatchObject([
      { name: 'Mikhail Mishustin', chair: true },
    ]);
  });

  it('spans a "Name, Position" entry over both', () => {
    const text =
      'Attending were Denis Manturov, Minister of Industry and Trade, and Valery Kapashin, Head of the Federal Directorate.';
    const got = listedPersons(text, linked(text, ['Denis Manturov']));
    expect(got.map((p) => text.slice(p.start, p.end))).toEqual([
      'Denis Manturov, Minister of Industry and Trade',
      'Valery Kapashin, Head of the Federal Directorate',
    ]);
  });
});

describe('listedPersons, other chair phrasings', () => {
  it('reads "under the chairmanship of" and ", who chaired"', () => {
    const a =
      'The session was held under the chairmanship of President of Kazakhstan Nursultan Nazarbayev.';
    expect(listedPersons(a, linked(a, ['Nursultan Nazarbayev']))).toMatchObject([{ chair: true }]);
    const b = 'Prime Minister Dmitry Medvedev, who chaired the session, spoke first.';
    expect(listedPersons(b, linked(b, ['Dmitry Medvedev']))).toMatchObject([{ chair: true }]);
  });
});

describe('listedPersons, titles in lower case', () => {
  it('keeps a lower-case title as the position and leaves phrases out', () => {
    const text =
      'Taking part were Deputy Prime Minister Marat Khusnullin, presidential aides Igor Levitin and Maxim Oreshkin.';
    expect(
      listedPersons(text, linked(text, ['Marat Khusnullin', 'Igor Levitin', 'Maxim Oreshkin'])).map(
        (p) => [p.name, p.position],
      ),
    ).toEqual([
      ['Marat Khusnullin', 'Deputy Prime Minister'],
      ['Igor Levitin', 'presidential aides'],
      ['Maxim Oreshkin', null],
    ]);
    const phrase =
      'He spoke of support for Minister of Labour Maxim Topilin, war veterans and participants in the Great Patriotic War.';
    expect(listedPersons(phrase, []).map((p) => p.name)).toEqual([]);
  });
});
