import { authsFor, messagesTo, user } from "./support";
import { checkLogin, expect, expectView, GOOD_APP_PASSWORD, test } from "./wizard";

// The last mile: a working login → a real test mail → did it arrive?

test("login accepted → send me a test mail → exactly one message to myself → it arrived → finished", async ({ page }) => {
  const login = user("accepted");
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  await page.getByRole("button", { name: "Send me a test mail" }).click();
  const mail = page.getByTestId("test-mail");
  await expect(mail).toHaveAttribute("data-outcome", "sent");
  await expect(mail.getByText("Sent. Look in your inbox, and in Spam.")).toBeVisible();
  const messages = await messagesTo(login);
  expect(messages).toEqual([expect.objectContaining({ from: login, to: [login], subject: "Test mail from Gmail SMTP Wizard" })]);
  // One login for the check, one for the test mail: the password the page still held.
  expect((await authsFor(login)).map((a) => a.password)).toEqual([
    GOOD_APP_PASSWORD.replace(/ /g, ""),
    GOOD_APP_PASSWORD.replace(/ /g, ""),
  ]);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("It works: Google accepted the login and the test mail.");
  await page.getByRole("button", { name: "Yes, it arrived" }).click();
  await expect(page.getByTestId("finished")).toContainText("It arrived. Finished");
  // The answer replaces the question, and can be changed.
  await expect(page.getByText("Did it arrive?")).toHaveCount(0);
  await page.getByRole("button", { name: "Change my answer" }).click();
  await expect(page.getByText("Did it arrive?")).toBeVisible();
  // Once sent, sending again is the secondary action, not the main one.
  await expect(page.getByRole("button", { name: "Send another test mail" })).toHaveClass(/border-zinc-300/);
});

test("it did not arrive: where to look, with Google's id for the message", async ({ page }) => {
  const login = user("accepted");
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  await page.getByRole("button", { name: "Send me a test mail" }).click();
  await expect(page.getByTestId("test-mail")).toHaveAttribute("data-outcome", "sent");
  await page.getByRole("button", { name: "No, not yet" }).click();
  const help = page.getByTestId("not-arrived");
  await expect(help).toContainText("Spam");
  await expect(help).toContainText("Sent folder");
  await expect(help).toContainText("filters");
  await expect(help).toContainText("A message to yourself shows in the inbox and in Sent");
  await expect(help).toContainText("refresh Gmail (not this page)");
  await expect(help).toContainText("Send the test mail to another address");
  await expect(help).not.toContainText("under Details");
  await expect(help.locator("code")).toHaveText(/\S+/);
});

for (const scenario of ["daily-limit", "daily-quota", "daily-relay"]) {
  test(`${scenario}: the login works but sending is refused, and the page says so instead of claiming success`, async ({ page }) => {
    const login = user(scenario);
    await checkLogin(page, login, GOOD_APP_PASSWORD);
    await expectView(page, "done");
    await page.getByRole("button", { name: "Send me a test mail" }).click();
    const mail = page.getByTestId("test-mail");
    await expect(mail).toHaveAttribute("data-outcome", "daily-limit");
    await expect(mail).toContainText("reached Gmail's daily sending limit");
    await expect(mail).toContainText("about 500 messages a day");
    await expect(mail).toContainText("2,000");
    await expect(mail).toContainText("within 24 hours");
    await expect(mail).toContainText("over one connection");
    await expect(page.getByText(/can send mail/)).toHaveCount(0);
    // The page no longer says "It works", and says what to do now instead of inviting a retry.
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(
      "Your login is right, but Gmail won't send from this account right now.",
    );
    await expect(mail).toContainText("What to do now: put the settings below into your program anyway");
    // Its icon is drawn, not an emoji a computer may lack a font for.
    await expect(mail.locator('[data-send-outcome="daily-limit"] svg')).toHaveCount(1);
    await expect(mail).not.toContainText("⏸");
    await expect(page.getByRole("button", { name: "Try again later" })).toHaveClass(/border-zinc-300/);
    await expect(page.getByRole("button", { name: "Yes, it arrived" })).toHaveCount(0);
    expect(await messagesTo(login)).toHaveLength(0);
  });
}

test("after a reload the address is still shown and the password is asked for once more", async ({ page }) => {
  const login = user("accepted");
  await checkLogin(page, login, GOOD_APP_PASSWORD);
  await expectView(page, "done");
  await page.reload();
  await expectView(page, "done");
  await expect(page.getByTestId("test-mail")).toContainText(login);
  const password = page.getByLabel("App password");
  await expect(password).toHaveValue("");
  await password.fill(GOOD_APP_PASSWORD);
  await page.getByRole("button", { name: "Send me a test mail" }).click();
  await expect(page.getByTestId("test-mail")).toHaveAttribute("data-outcome", "sent");
  await expect(password).toHaveValue("");
});
