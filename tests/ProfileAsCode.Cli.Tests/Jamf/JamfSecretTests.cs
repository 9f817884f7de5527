using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Testing.FakeJamf;

namespace ProfileAsCode.Cli.Tests.Jamf;

/// <summary>The client secret, the client ID and every token stay out of everything the tool prints, -v included.</summary>
public class JamfSecretTests
{
    [Fact]
    public async Task AcrossSuccessesAndFailures_WithAndWithoutVerbose_NoCredentialOrTokenIsPrinted()
    {
        using var dir = new TempDirectory();
        var one = JamfCli.WriteProfile(dir, "com.contoso.one", "One", 1);
        var two = JamfCli.WriteProfile(dir, "com.contoso.two", "Two", 2);
        await using var jamf = await JamfCli.StartAsync();

        foreach (var verbosity in new[] { "-v", "--no-color" })
        {
            jamf.Run("jamf", "plan", verbosity, one, two);
            jamf.State.Faults.Add("POST", "/JSSResource/osxconfigurationprofiles/id/0", new RevokeTokensFault());
            jamf.State.Faults.Add("POST", "/JSSResource/osxconfigurationprofiles/id/0", new FailAfterHandlingFault(502));
            jamf.Run("jamf", "apply", verbosity, one, two);
            JamfCli.WriteProfile(dir, "com.contoso.one", "One", verbosity.Length);
            jamf.State.Faults.Add("PUT", "/JSSResource/osxconfigurationprofiles/id/", new StatusFault(409));
            jamf.Run("jamf", "apply", verbosity, one, two);
            jamf.Run("jamf", "plan", verbosity, "--format", "json", one, two);
            jamf.Run("jamf", "plan", verbosity, "--format", "markdown", one, two);
            jamf.RunWith(new Dictionary<string, string?>(jamf.Environment) { ["JAMF_CLIENT_SECRET"] = JamfCli.ClientSecret + "-rotated" }, "jamf", "plan", verbosity, one);
            jamf.RunWith(new Dictionary<string, string?>(jamf.Environment) { ["JAMF_CLIENT_ID"] = null }, "jamf", "plan", verbosity, one);
            jamf.State.Faults.Add("GET", "/JSSResource/osxconfigurationprofiles", new StatusFault(500), times: 4);
            jamf.Run("jamf", "plan", verbosity, one);
            foreach (var profile in jamf.State.Profiles)
            {
                jamf.State.Locked(p => p.Remove(profile.Id));
            }
        }

        jamf.State.Clients.Clear();
        jamf.State.Clients.Add(new RegisteredClient(JamfCli.ClientId, JamfCli.ClientSecret, new HashSet<string> { FakeJamfProState.ReadPrivilege }));
        jamf.Run("jamf", "apply", "-v", one);

        var printed = string.Join("\n", jamf.Printed);
        Assert.Contains("refused the API client credentials", printed, StringComparison.Ordinal);
        Assert.Contains("lacks the privilege", printed, StringComparison.Ordinal);
        Assert.Contains("Jamf Pro refused it (HTTP 409 Conflict", printed, StringComparison.Ordinal);
        Assert.Contains("read id ", printed, StringComparison.Ordinal); // -v's per-profile lines were printed
        var secrets = jamf.State.IssuedTokens.Append(JamfCli.ClientSecret).Append(JamfCli.ClientId).ToList();
        Assert.True(secrets.Count > 6, $"only {secrets.Count - 2} token(s) were issued");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
        }
    }
}
