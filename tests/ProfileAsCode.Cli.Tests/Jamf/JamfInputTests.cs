using ProfileAsCode.Cli.Tests.Diffing;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Jamf;

/// <summary>
/// What the tool refuses before any request (credentials, URL, files), what it refuses to guess (ambiguity), what
/// prune may delete, and server text that must not reach the terminal or the pull request raw.
/// </summary>
public class JamfInputTests
{
    [Theory]
    [InlineData("JAMF_CLIENT_ID", "JAMF_CLIENT_ID is not set")]
    [InlineData("JAMF_CLIENT_SECRET", "JAMF_CLIENT_SECRET is not set")]
    public async Task MissingCredentialVariable_IsOneLineNamingIt_ExitTwo_NoRequest(string variable, string expected)
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.env", "Env", 1);
        await using var jamf = await JamfCli.StartAsync();
        var environment = new Dictionary<string, string?>(jamf.Environment) { [variable] = null };

        foreach (var command in new[] { "plan", "apply" })
        {
            var result = jamf.RunWith(environment, "jamf", command, file);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Stdout);
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("profile-as-code: " + expected + ": create an API client in Jamf Pro", line, StringComparison.Ordinal);
        }

        Assert.Empty(jamf.State.Log);
    }

    [Fact]
    public void Credentials_CannotBeGivenAsArguments()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.args", "Args", 1);

        foreach (var arguments in new[] { new[] { "--client-secret", "s3cret" }, ["--client-secret=s3cret"], ["--client-id", "s3cret"] })
        {
            var result = RealTool.Run(["jamf", "plan", file, "--url", "https://contoso.jamfcloud.com", .. arguments]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("the client ID and secret come from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET only", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", result.Stdout + result.Stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://jamf.contoso.com", "uses http://; Jamf Pro must be reached over https://")]
    [InlineData("https://user:pw@jamf.contoso.com", "holds a user name or password; credentials come from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET only")]
    [InlineData("jamf.contoso.com", "is not an absolute http(s) URL")]
    public void BadUrl_IsAUsageError(string url, string problem)
    {
        var result = RealTool.Run("jamf", "apply", "x.mobileconfig", "--url", url);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("profile-as-code: the Jamf Pro URL ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(problem, result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith(" (see jamf apply --help)\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadProfiles_AreRefusedBeforeAnyRequest()
    {
        using var dir = new TempDirectory();
        var good = JamfCli.WriteProfile(dir, "com.contoso.good", "Good", 1);
        var bare = dir.Write("com.contoso.app.plist", PropertyListSerializer.WriteXml(Plist.Dict(("Level", 1L))));
        var broken = dir.Write("broken.mobileconfig", "<plist><dict>"u8.ToArray());
        var twin = dir.Write("twin.mobileconfig", PropertyListSerializer.WriteXml(JamfCli.SmallProfile("com.contoso.good", "Twin", 2)));
        // Binary plists can hold U+0001; the Classic API's XML cannot carry it.
        var illegal = dir.Write("illegal.mobileconfig", PropertyListSerializer.WriteBinary(JamfCli.SmallProfile("com.contoso.illegal", "Illegal \u0001", 1)));
        var empty = Directory.CreateDirectory(dir.File("empty")).FullName;
        // Signed, then changed: the same length, so the envelope still parses but the signature no longer holds.
        var signed = OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(JamfCli.SmallProfile("com.contoso.tampered", "Tampered", 1)));
        var at = System.Text.Encoding.ASCII.GetString(signed).IndexOf("plain", StringComparison.Ordinal);
        Assert.True(at > 0);
        signed[at] = (byte)'P';
        var tampered = dir.Write("tampered.mobileconfig", signed);
        await using var jamf = await JamfCli.StartAsync();

        (string[] Files, string Problem)[] cases =
        [
            ([good, bare], $"{bare}: PayloadType is not \"Configuration\"; plan and apply take whole .mobileconfig profiles."),
            ([good, broken], $"{broken}: not a valid XML property list"),
            ([good, twin], $"{good} and {twin} have the same PayloadIdentifier \"com.contoso.good\"; each profile needs its own."),
            ([illegal], $"{illegal}: PayloadDisplayName: "),
            ([empty], $"{empty}: this folder has no .mobileconfig files"),
            ([tampered], $"{tampered}: the profile is signed but its signature does not verify ("),
            ([dir.File("missing.mobileconfig")], $"{dir.File("missing.mobileconfig")}: no such file"),
        ];
        foreach (var (files, problem) in cases)
        {
            var result = jamf.Run(["jamf", "apply", .. files]);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Stdout);
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("profile-as-code: " + problem, line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(jamf.State.Log, r => r.Path.StartsWith("/JSSResource", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoServerProfilesClaimingOne_IsAmbiguous_ExitTwo_AndApplyWritesNothingForIt()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.cloned", "Cloned", 1);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", file).ExitCode);
        var clone = jamf.State.CloneInConsole(jamf.State.Profiles[0].Id, "Cloned copy");
        JamfCli.WriteProfile(dir, "com.contoso.cloned", "Cloned", 2);

        var plan = jamf.Run("jamf", "plan", file);
        var writes = jamf.Writes;
        var apply = jamf.Run("jamf", "apply", file);

        Assert.Equal(2, plan.ExitCode);
        Assert.Contains($"ambiguous, nothing will be written: {file}", plan.Stdout.Split('\n'));
        Assert.Contains($"id {clone} \"Cloned copy\"", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("profile(s) are claimed by more than one server profile", plan.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, apply.ExitCode);
        Assert.Equal(writes, jamf.Writes);
    }

    [Fact]
    public async Task Prune_DeletesOnlyProfilesCarryingTheMarker()
    {
        using var dir = new TempDirectory();
        var kept = JamfCli.WriteProfile(dir, "com.contoso.kept", "Kept", 1);
        var retired = JamfCli.WriteProfile(dir, "com.contoso.retired", "Retired", 1);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", kept, retired).ExitCode);
        var unmanaged = jamf.State.AddUnmanaged("Made in the console", JamfCli.SmallProfile("com.contoso.console", "Made in the console", 1));
        var retiredId = jamf.State.Profiles.Single(p => p.Name == "Retired").Id;

        var without = jamf.Run("jamf", "plan", kept);
        Assert.Equal(0, without.ExitCode);
        Assert.Contains($"kept: id {retiredId} \"Retired\": no longer built (--prune deletes it)", without.Stdout.Split('\n'));

        var plan = jamf.Run("jamf", "plan", kept, "--prune");
        Assert.Equal(1, plan.ExitCode);
        Assert.Contains($"delete: id {retiredId} \"Retired\"", plan.Stdout.Split('\n'));
        Assert.DoesNotContain("Made in the console", plan.Stdout, StringComparison.Ordinal);

        var apply = jamf.Run("jamf", "apply", kept, "--prune");
        Assert.Equal(0, apply.ExitCode);
        Assert.Equal(["Kept", "Made in the console"], jamf.State.Profiles.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(jamf.State.Profiles, p => p.Id == unmanaged);
        Assert.Equal(0, jamf.Run("jamf", "plan", kept, "--prune").ExitCode);
    }

    [Fact]
    public async Task HostileServerText_IsEscapedInEveryFormat()
    {
        using var dir = new TempDirectory();
        // Everything here is legal in XML 1.0, so a server can send it: C1 CSI (U+009B, "ESC [" to many terminals), a
        // bidi override, line breaks, table pipes, HTML, a link. (ESC itself cannot travel in the Classic API's XML.)
        // Azure Pipelines' logging commands act wherever they stand in a printed line.
        const string Evil = "Evil\u009B31m red\u202Egnp.exe\nforged line\u2028| cell <b>x</b> [link](http://e.example) *em* ##vso[task.prependpath]/tmp/evil ##[error]boom ##VSO[task.setvariable variable=x]1";
        var file = JamfCli.WriteProfile(dir, "com.contoso.hostile", "Hostile", 1);
        await using var jamf = await JamfCli.StartAsync();
        // A profile made in the console that carries our identifier, under a hostile name and description.
        jamf.State.AddUnmanaged(Evil, JamfCli.SmallProfile("com.contoso.hostile", Evil, 9).SetItem("PayloadDescription", Evil), description: Evil);

        foreach (var format in new[] { "text", "markdown" })
        {
            var plan = jamf.Run("jamf", "plan", file, "--format", format);

            Assert.True(plan.ExitCode == 1, plan.Stderr);
            Assert.DoesNotContain('\u009B', plan.Stdout + plan.Stderr);
            Assert.DoesNotContain('\u202E', plan.Stdout + plan.Stderr);
            Assert.DoesNotContain('\u2028', plan.Stdout + plan.Stderr);
            Assert.DoesNotContain("\nforged line", plan.Stdout, StringComparison.Ordinal);
            Assert.Contains("u009B", plan.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("##vso[", plan.Stdout + plan.Stderr, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("##[", plan.Stdout + plan.Stderr, StringComparison.Ordinal);
        }

        var apply = jamf.Run("jamf", "apply", "-v", file);
        Assert.Equal(0, apply.ExitCode);
        Assert.Contains("#\\u0023vso[task.prependpath]", apply.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("##vso[", apply.Stdout + apply.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("##[", apply.Stdout + apply.Stderr, StringComparison.Ordinal);
        jamf.State.AddUnmanaged(Evil, JamfCli.SmallProfile("com.contoso.hostile2", Evil, 9), description: Evil);

        var second = JamfCli.WriteProfile(dir, "com.contoso.hostile2", "Hostile 2", 1);
        var markdown = jamf.Run("jamf", "plan", second, "--format", "markdown").Stdout;
        // Every table line keeps its columns: three for the Jamf Pro fields (four pipes), five for diff's table (six).
        var tableLines = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Contains(tableLines, l => l.StartsWith("| name | Evil", StringComparison.Ordinal));
        Assert.All(tableLines, l => Assert.Contains(System.Text.RegularExpressions.Regex.Count(l, @"(?<!\\)(?:\\\\)*\|"), new[] { 4, 6 }));
        var html = Markdig.Markdown.ToHtml(markdown, MarkdownDiffTests.Gfm);
        MarkdownDiffTests.AssertNoMarkup(html, "ul", "li");
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(jamf.Run("jamf", "plan", second, "--format", "json").Stdout);
        var server = json.RootElement.GetProperty("profiles")[0].GetProperty("server");
        Assert.Equal(Evil, server.GetProperty("name").GetString());
    }
}
