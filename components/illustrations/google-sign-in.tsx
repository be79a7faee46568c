import type { ComponentProps } from "react";
import { BrowserFrame } from "./browser-frame";
import { Highlight, Pointer } from "./markers";
import { Button, Label, TextField } from "./parts";
import { IllustrationSvg } from "./svg-frame";

export const GOOGLE_SIGN_IN_ALT =
  'A browser window at accounts.google.com showing "Sign in" to your Google Account. ' +
  "The email box holds your Gmail address and the password box your password; " +
  'the "Next" button is highlighted: press it to sign in.';

export function GoogleSignIn(props: ComponentProps<"svg">) {
  return (
    <IllustrationSvg alt={GOOGLE_SIGN_IN_ALT} {...props}>
      <BrowserFrame url="accounts.google.com">
        <Label x={40} y={78} size={15} tone="muted">
          Google Account
        </Label>
        <Label x={40} y={106} size={24} bold>
          Sign in
        </Label>
        <TextField x={40} y={124} width={400} height={40} label="Email" value="you@gmail.com" />
        <TextField x={40} y={180} width={400} height={40} label="Password" value="••••••••••" />
        <Button x={352} y={234} width={88} height={34} label="Next" />
        <Highlight x={352} y={234} width={88} height={34} rx={22} />
        {/* Tip on the button's lower-right edge, clear of the label. */}
        <Pointer x={428} y={261} />
      </BrowserFrame>
    </IllustrationSvg>
  );
}
