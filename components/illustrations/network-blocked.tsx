import type { ComponentProps } from "react";
import { BlockedIcon, LaptopIcon, Scaled, ServerIcon } from "./icons";
import { Arrow, Highlight } from "./markers";
import { Label, SURFACE } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const NETWORK_BLOCKED_ALT =
  "A diagram: this computer tries to reach Gmail's mail server on its mail ports, " +
  "but a firewall, router or hosting provider in between blocks the way. The block is highlighted.";

// Brick courses of the wall, as [x, y, width] in viewBox units: six courses of 26, offset every other row.
const BRICKS = [0, 1, 2, 3, 4, 5].flatMap((row) => {
  const y = 48 + row * 26;
  return row % 2 === 0
    ? [
        [198, y, 36],
        [234, y, 36],
      ]
    : [
        [198, y, 18],
        [216, y, 36],
        [252, y, 18],
      ];
});

export function NetworkBlocked(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={NETWORK_BLOCKED_ALT} {...props}>
      {/* Three columns centred on x = 70, 234 and 398; every label sits on the same two baselines. */}
      <Scaled x={15} y={93} scale={1.3}>
        <LaptopIcon x={0} y={0} />
      </Scaled>
      <Label x={70} y={236} bold anchor="middle">
        This computer
      </Label>

      <Arrow x1={134} y1={126} x2={178} y2={126} />

      <g strokeWidth={1.5} className={`${SURFACE.chrome} ${SURFACE.strongLine}`}>
        {BRICKS.map(([x, y, width]) => (
          <rect key={`${x}-${y}`} x={x} y={y} width={width} height={26} />
        ))}
      </g>
      <Scaled x={214} y={106} scale={1.25}>
        <BlockedIcon x={0} y={0} />
      </Scaled>
      <Highlight x={198} y={48} width={72} height={156} rx={12} gap={8} />
      <Label x={234} y={236} bold anchor="middle">
        Firewall, router
      </Label>
      <Label x={234} y={257} bold anchor="middle">
        or hosting provider
      </Label>

      <Arrow x1={290} y1={126} x2={344} y2={126} blocked />

      <Scaled x={362} y={84} scale={1.3}>
        <ServerIcon x={0} y={0} />
      </Scaled>
      <Label x={398} y={236} bold anchor="middle">
        Gmail&apos;s server
      </Label>
      <Label x={398} y={257} tone="muted" anchor="middle">
        mail ports
      </Label>
    </IllustrationSvg>
  );
}
