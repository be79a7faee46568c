import type { ComponentProps } from "react";
import { Highlight, Pointer } from "./markers";
import { Label, Panel, SURFACE, Toggle } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const COMPUTER_CLOCK_ALT =
  'A computer\'s "Date & time" settings. Highlighted: the switch "Set the time automatically", turned on, ' +
  "so the clock follows the internet's time instead of a wrong one.";

export function ComputerClock(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={COMPUTER_CLOCK_ALT} {...props}>
      <Panel x={24} y={20} width={432} height={260} />
      <Label x={48} y={62} size={22} bold>
        Date &amp; time
      </Label>
      <path d="M40 80 H440" strokeWidth={1} className={SURFACE.line} />
      <Label x={48} y={122} size={16}>
        Set the time automatically
      </Label>
      <Toggle x={372} y={104} on />
      <Highlight x={40} y={98} width={392} height={36} />
      <Pointer x={418} y={132} />
      <path d="M40 152 H440" strokeWidth={1} className={SURFACE.line} />
      <Label x={48} y={190} size={16}>
        Time zone
      </Label>
      <Label x={432} y={190} size={15} tone="muted" anchor="end">
        Your own
      </Label>
      <path d="M40 214 H440" strokeWidth={1} className={SURFACE.line} />
      <Label x={48} y={252} size={16}>
        Date and time now
      </Label>
      <Label x={432} y={252} size={15} tone="muted" anchor="end">
        today, correct
      </Label>
    </IllustrationSvg>
  );
}
