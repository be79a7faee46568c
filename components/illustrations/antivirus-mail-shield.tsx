import type { ComponentProps } from 'react';
import { WarningIcon } from './icons';
import { Highlight, Pointer } from './markers';
import { Label, Panel, SURFACE, Toggle } from './parts';
import { IllustrationSvg } from './svg-frame';

export const ANTIVIRUS_MAIL_SHIELD_ALT =
  'An antivirus program\'s "Mail Shield" settings. The switch "Scan encrypted (SSL/TLS) mail" is on and highlighted: turn it off. ' +
  'A certificate for smtp.gmail.com reads "Issued by: your antivirus, not Google", which is why the check fails.';

export function AntivirusMailShield(props: ComponentProps<'svg'>) {
  return (
    <IllustrationSvg alt={ANTIVIRUS_MAIL_SHIELD_ALT} {...props}>
      <Panel x={4} y={4} width={472} height={292} />
      <path d="M4 44 H476" strokeWidth={1} className={SURFACE.line} />
      <Label x={20} y={30} size={14} bold tone="muted">
        Antivirus · Settings
      </Label>
      <Label x={24} y={80} size={20} bold>
        Mail Shield
      </Label>

      <Label x={24} y={118}>
        Scan incoming and outgoing mail
      </Label>
      <Toggle x={412} y={100} on />
      <path d="M24 136 H456" strokeWidth={1} className={SURFACE.line} />

      <Label x={24} y={166} bold>
        Scan encrypted (SSL/TLS) mail
      </Label>
      <Toggle x={412} y={148} on />
      <Highlight x={18} y={146} width={444} height={28} gap={6} />
      <Pointer x={440} y={162} />
      <Label x={434} y={206} bold tone="accent" anchor="middle">
        Turn off
      </Label>

      <rect x={20} y={196} width={330} height={88} rx={8} strokeWidth={1.5} strokeDasharray="5 4" className={`${SURFACE.sunken} ${SURFACE.dangerLine}`} />
      <WarningIcon x={32} y={208} />
      <Label x={66} y={224} size={13} tone="muted">
        Certificate for smtp.gmail.com
      </Label>
      <Label x={66} y={248} size={15} bold tone="danger">
        Issued by: your antivirus,
      </Label>
      <Label x={66} y={270} size={15} bold tone="danger">
        not Google
      </Label>
    </IllustrationSvg>
  );
}
