import type { ComponentProps } from "react";
import { Label, SURFACE } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const WAIT_CLOCK_ALT =
  'A calm clock with a quarter of an hour shaded and the words "Wait a few minutes": ' +
  "leave the login alone for a while before you test again.";

const CX = 240;
const CY = 132;
const R = 96;
// The end of a fifteen-minute arc (90 degrees past 12), on the inner radius: the app's pause
// after Google's "Too many login attempts" (lib/diagnosis/pauses.ts).
const WEDGE_X = CX + (R - 22) * Math.sin(Math.PI / 2);
const WEDGE_Y = CY - (R - 22) * Math.cos(Math.PI / 2);

// Twelve hour marks around the face, as [x1, y1, x2, y2] in viewBox units.
const TICKS = Array.from({ length: 12 }, (_, hour) => {
  const angle = (hour * Math.PI) / 6;
  const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
  const inner = hour % 3 === 0 ? R - 18 : R - 12;
  return [CX + sin * inner, CY - cos * inner, CX + sin * (R - 6), CY - cos * (R - 6)] as const;
});

export function WaitClock(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={WAIT_CLOCK_ALT} {...props}>
      <circle cx={CX} cy={CY} r={R + 14} className="fill-zinc-100 dark:fill-zinc-800" />
      <circle cx={CX} cy={CY} r={R} strokeWidth={3} className={`${SURFACE.page} ${SURFACE.strongLine}`} />
      {/* Fifteen minutes, 12 to 3: the pause the wait step counts down after too many tries. */}
      <path
        d={`M${CX} ${CY} V${CY - R + 22} A${R - 22} ${R - 22} 0 0 1 ${WEDGE_X} ${WEDGE_Y} Z`}
        className="fill-orange-100 dark:fill-orange-400/50"
      />
      <path
        d={`M${CX} ${CY - R + 22} A${R - 22} ${R - 22} 0 0 1 ${WEDGE_X} ${WEDGE_Y}`}
        fill="none"
        strokeWidth={5}
        strokeLinecap="round"
        className={SURFACE.accentLine}
      />
      <g strokeWidth={3} strokeLinecap="round" className={SURFACE.strongLine}>
        {TICKS.map(([x1, y1, x2, y2]) => (
          <path key={`${x1}-${y1}`} d={`M${x1} ${y1} L${x2} ${y2}`} />
        ))}
      </g>
      <g strokeLinecap="round" className="stroke-zinc-800 dark:stroke-zinc-200">
        <path d={`M${CX} ${CY} L${CX - 42} ${CY - 24}`} strokeWidth={7} />
        <path d={`M${CX} ${CY} L${CX + 57} ${CY - 33}`} strokeWidth={5} />
      </g>
      <circle cx={CX} cy={CY} r={7} className="fill-zinc-800 dark:fill-zinc-200" />
      <Label x={CX} y={278} size={22} bold anchor="middle">
        Wait a few minutes
      </Label>
    </IllustrationSvg>
  );
}
