import type { ComponentProps } from 'react';
import { BlockedIcon, LaptopIcon, ServerIcon } from './icons';
import { Arrow, Highlight } from './markers';
import { Label, SURFACE } from './parts';
import { IllustrationSvg } from './svg-frame';

export const NETWORK_BLOCKED_ALT =
  'A diagram: this computer tries to reach smtp.gmail.com on ports 465 and 587, ' +
  'but a firewall, router or hosting provider in between blocks the way. The block is highlighted.';

// Brick courses of the wall, as [x, y, width] in viewBox units.
const BRICKS = [
  [212, 78, 28], [240, 78, 28],
  [212, 100, 14], [226, 100, 28], [254, 100, 14],
  [212, 122, 28], [240, 122, 28],
  [212, 144, 14], [226, 144, 28], [254, 144, 14],
  [212, 166, 28], [240, 166, 28],
] as const;

export function NetworkBlocked(props: ComponentProps<'svg'>) {
  return (
    <IllustrationSvg alt={NETWORK_BLOCKED_ALT} {...props}>
      <LaptopIcon x={38} y={104} />
      <Label x={80} y={198} bold anchor="middle">
        This computer
      </Label>

      <Arrow x1={132} y1={134} x2={196} y2={134} />

      <g strokeWidth={1.5} className={`${SURFACE.chrome} ${SURFACE.strongLine}`}>
        {BRICKS.map(([x, y, width]) => (
          <rect key={`${x}-${y}`} x={x} y={y} width={width} height={22} />
        ))}
      </g>
      <BlockedIcon x={224} y={118} />
      <Highlight x={212} y={78} width={56} height={110} rx={12} gap={8} />
      <Label x={240} y={222} size={14} bold anchor="middle">
        Firewall, router
      </Label>
      <Label x={240} y={242} size={14} bold anchor="middle">
        or hosting provider
      </Label>

      <Arrow x1={284} y1={134} x2={356} y2={134} blocked />

      <ServerIcon x={372} y={100} />
      <Label x={400} y={198} bold anchor="middle">
        smtp.gmail.com
      </Label>
      <Label x={400} y={218} size={14} tone="muted" anchor="middle">
        ports 465 and 587
      </Label>
    </IllustrationSvg>
  );
}
