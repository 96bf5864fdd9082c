import { describe, expect, it } from 'vitest';
import type { BlockLabel, PersonRef } from '../document.js';
import { PersonRegistry, resolveSpeaker } from './speaker.js';

const label = (text: string, annotations: string[] = []): BlockLabel => ({
  text,
  annotations,
  bodyStart: text.length + 2,
});

describe('resolveSpeaker', () => {
  it('splits the position from the name of a long label', () => {
    const s = resolveSpeaker(label('President of Russia Vladimir Putin'), [], new PersonRegistry());
    expect(s).toMatchObject({
      kind: 'person',
      name: 'Vladimir Putin',
      position: 'President of Russia',
      personId: 'vladimir-putin',
    });
  });

  it('resolves a short label to the person of the earlier long label', () => {
    const registry = new PersonRegistry();
    resolveSpeaker(label('President of Russia Vladimir Putin'), [], registry);
    const short = resolveSpeaker(label('Vladimir Putin'), [], registry);
    expect(short).toMatchObject({
      label: 'Vladimir Putin',
      personId: 'vladimir-putin',
      position: 'President of Russia',
    });
    expect(resolveSpeaker(label('VladimirPutin'), [], registry).personId).toBe('vladimir-putin');
  });

  it('treats Question, Remark and qualified generic labels as generic', () => {
    const r = new PersonRegistry();
    for (const text of ['Question', 'Remark', 'Reply', 'Question from Perm Territory']) {
      expect(resolveSpeaker(label(text), [], r)).toMatchObject({
        kind: 'generic',
        personId: null,
        name: null,
      });
    }
  });

  it('does not take "Speaker of the State Duma" for a generic label', () => {
    const s = resolveSpeaker(
      label('Speaker of the State Duma Vyacheslav Volodin'),
      [],
      new PersonRegistry(),
    );
    expect(s).toMatchObject({
      kind: 'person',
      name: 'Vyacheslav Volodin',
      position: 'Speaker of the State Duma',
    });
  });

  it('takes the name from a person link in the label and keeps the site id', () => {
    const text = 'Speaker of the Federation Council Valentina Matviyenko';
    const start = text.indexOf('Valentina');
    const link: PersonRef = {
      start,
      end: text.length,
      visible: 'Valentina Matviyenko',
      cardName: 'Matviyenko Valentina',
      cardPosition: null,
      kremlinPersonId: 215,
    };
    const s = resolveSpeaker(label(text), [link], new PersonRegistry());
    expect(s).toMatchObject({
      name: 'Valentina Matviyenko',
      position: 'Speaker of the Federation Council',
      kremlinPersonId: 215,
    });
  });

  it('reads name-then-position labels', () => {
    const s = resolveSpeaker(
      label('Sergei Mironov, Leader of A Just Russia Faction in the State Duma'),
      [],
      new PersonRegistry(),
    );
    expect(s).toMatchObject({
      name: 'Sergei Mironov',
      position: 'Leader of A Just Russia Faction in the State Duma',
    });
  });

  it('splits after a country of several words and after an organisation', () => {
    const r = new PersonRegistry();
    expect(
      resolveSpeaker(
        label(
          'Deputy Crown Prince and Defence Minister of Saudi Arabia Mohammad bin Salman Al Saud',
        ),
        [],
        r,
      ).name,
    ).toBe('Mohammad bin Salman Al Saud');
    expect(resolveSpeaker(label('Gazprom CEO Alexei Miller'), [], r)).toMatchObject({
      name: 'Alexei Miller',
      position: 'Gazprom CEO',
    });
  });

  it('calls a label without a name a role', () => {
    expect(resolveSpeaker(label('Moderator'), [], new PersonRegistry())).toMatchObject({
      kind: 'role',
      name: null,
      position: 'Moderator',
    });
  });
});

describe('resolveSpeaker, unusual labels', () => {
  it('reads labels set in capitals', () => {
    const s = resolveSpeaker(
      label('GOVERNOR OF CALIFORNIA ARNOLD SCHWARZENEGGER'),
      [],
      new PersonRegistry(),
    );
    expect(s).toMatchObject({
      name: 'ARNOLD SCHWARZENEGGER',
      position: 'GOVERNOR OF CALIFORNIA',
      personId: 'arnold-schwarzenegger',
    });
    expect(
      resolveSpeaker(label('President OF RUSSIA DMITRY MEDVEDEV'), [], new PersonRegistry())
        .personId,
    ).toBe('dmitry-medvedev');
  });

  it('keeps a hyphenated particle in the name', () => {
    expect(
      resolveSpeaker(label('President of Egypt Abdel Fattah el-Sisi'), [], new PersonRegistry()),
    ).toMatchObject({ name: 'Abdel Fattah el-Sisi', position: 'President of Egypt' });
  });

  it('reads a name before a lower-case apposition', () => {
    expect(
      resolveSpeaker(
        label('CNBC TV anchor Geoff Cutmore, moderator of the plenary session'),
        [],
        new PersonRegistry(),
      ),
    ).toMatchObject({
      name: 'Geoff Cutmore',
      position: 'CNBC TV anchor, moderator of the plenary session',
    });
  });

  it('drops the colon a person link took with it', () => {
    const text = 'Envoy Mikhail Babich';
    const link: PersonRef = {
      start: 6,
      end: text.length + 1,
      visible: 'Mikhail Babich:',
      cardName: null,
      cardPosition: null,
      kremlinPersonId: 7,
    };
    expect(resolveSpeaker(label(text), [link], new PersonRegistry()).name).toBe('Mikhail Babich');
  });
});

describe('resolveSpeaker, surnames', () => {
  it('resolves a surname label to the one person of the meeting with that surname', () => {
    const registry = new PersonRegistry();
    resolveSpeaker(label('President of Russia Vladimir Putin'), [], registry);
    expect(resolveSpeaker(label('Putin'), [], registry)).toMatchObject({
      personId: 'vladimir-putin',
      kind: 'person',
    });
    expect(resolveSpeaker(label('Mr Putin'), [], registry)).toMatchObject({
      personId: 'vladimir-putin',
    });
  });

  it('leaves a surname two people share unresolved', () => {
    const registry = new PersonRegistry();
    resolveSpeaker(label('Minister of Agriculture Dmitry Patrushev'), [], registry);
    resolveSpeaker(label('Security Council Secretary Nikolai Patrushev'), [], registry);
    expect(resolveSpeaker(label('Patrushev'), [], registry).personId).toBeNull();
  });
});
