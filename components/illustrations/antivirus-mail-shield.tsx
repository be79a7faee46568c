import type { ComponentProps } from "react";
import { WarningIcon } from "./icons";
import { Highlight, Pointer } from "./markers";
import { Label, Panel, SURFACE, Toggle } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const ANTIVIRUS_MAIL_SHIELD_ALT =
  'An antivirus program\'s "Mail Shield" settings. The switch "Scan encrypted (SSL/TLS) mail" is on and highlighted: turn it off. ' +
  'A certificate for smtp.gmail.com reads "Issued by: your antivirus, not Google", which is why the check fails.';

export function AntivirusMailShield(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={ANTIVIRUS_MAIL_SHIELD_ALT} {...props}>
      <Panel x={4} y={4} width={472} height={292} />
      <path d="M4 44 H476" strokeWidth={1} className={SURFACE.line} />
      <Label x={20} y={30} size={15} bold tone="muted">
        Antivirus · Settings
      </Label>
      <Label x={24} y={74} size={20} bold>
        Mail Shield
      </Label>

      <Label x={24} y={106}>
        Scan incoming and outgoing mail
      </Label>
      <Toggle x={392} y={89} on />
      <path d="M24 124 H456" strokeWidth={1} className={SURFACE.line} />

      {/* A roomy ring: the toggle stays well clear of it and the pointer fits inside it. */}
      <Label x={24} y={160} bold>
        Scan encrypted (SSL/TLS) mail
      </Label>
      <Toggle x={392} y={145} on />
      <Highlight x={16} y={130} width={438} height={70} gap={0} rx={12} />
      <Pointer x={431} y={166} />

      <rect
        x={20}
        y={214}
        width={440}
        height={72}
        rx={8}
        strokeWidth={1.5}
        strokeDasharray="5 4"
        className={`${SURFACE.sunken} ${SURFACE.dangerLine}`}
      />
      <WarningIcon x={34} y={226} />
      <Label x={68} y={243} tone="muted">
        Certificate for smtp.gmail.com
      </Label>
      <Label x={68} y={268} bold tone="danger">
        Issued by: your antivirus, not Google
      </Label>
    </IllustrationSvg>
  );
}
