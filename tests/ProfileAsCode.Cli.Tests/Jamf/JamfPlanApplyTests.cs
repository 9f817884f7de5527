using System.Text.Json;
using Markdig;
using ProfileAsCode.Cli.Tests.Diffing;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Jamf;

/// <summary>
/// The "done when", through the real tool against the test server: plan, apply, plan again shows no change,
/// for each sample's built profiles; re-applying writes nothing; an edit made in the console shows as drift.
/// </summary>
public class JamfPlanApplyTests
{
    public static TheoryData<string> SampleFolders() => new(JamfCli.SampleProfileFolders());

    [Fact]
    public void TheEntraSampleIsBuilt() =>
        Assert.Contains(JamfCli.SampleProfileFolders(), folder => folder.Contains(Path.Combine("samples", "JamfConnect.EntraId"), StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SampleFolders))]
    public async Task Sample_PlanApplyPlan_SecondPlanShowsNoChange_AndApplyingAgainWritesNothing(string folder)
    {
        await using var jamf = await JamfCli.StartAsync();
        var count = Directory.GetFiles(folder, "*.mobileconfig").Length;
        Assert.True(count > 0);

        var first = jamf.Run("jamf", "plan", folder);
        Assert.True(first.ExitCode == 1, first.Stderr + first.Stdout);
        Assert.Equal(count, first.Stdout.Split('\n').Count(l => l.StartsWith("create: ", StringComparison.Ordinal)));
        Assert.EndsWith($"plan for {jamf.Url}: {count} to create, 0 to update, 0 to delete, 0 unchanged\n", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, jamf.Writes);

        var apply = jamf.Run("jamf", "apply", folder);
        Assert.True(apply.ExitCode == 0, apply.Stderr + apply.Stdout);
        Assert.EndsWith($"apply to {jamf.Url}: {count} applied ({count} created, 0 updated, 0 deleted), 0 unchanged\n", apply.Stdout, StringComparison.Ordinal);
        Assert.Equal(count, jamf.State.Profiles.Count);

        var second = jamf.Run("jamf", "plan", folder);
        Assert.True(second.ExitCode == 0, second.Stdout);
        Assert.EndsWith($"plan for {jamf.Url}: 0 to create, 0 to update, 0 to delete, {count} unchanged\n", second.Stdout, StringComparison.Ordinal);

        // Applying again sends nothing that changes anything: only the token request and reads.
        var writes = jamf.Writes;
        var before = jamf.State.Log.Count;
        var again = jamf.Run("jamf", "apply", folder);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(writes, jamf.Writes);
        Assert.All(jamf.State.Log.Skip(before), r => Assert.True(r.Method == "GET" || r.Path == "/api/oauth/token", $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task ConsoleEdit_ShowsAsDrift_PerPayload_AndApplyPutsItBack()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.drift", "Drift", 3);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", file).ExitCode);
        var id = Assert.Single(jamf.State.Profiles).Id;
        jamf.State.EditInConsole(id, plist => plist.SetItem("PayloadContent", new PlistArray(((PlistArray)plist["PayloadContent"]).Select(p => (PlistValue)((PlistDictionary)p).SetItem("Level", 9L)))));

        var plan = jamf.Run("jamf", "plan", file);

        Assert.Equal(1, plan.ExitCode);
        var lines = plan.Stdout.Split('\n');
        Assert.Contains($"update: {file} → id {id} \"Drift\"", lines);
        Assert.Contains(lines, l => l.StartsWith("  payload com.contoso.app [", StringComparison.Ordinal) && l.EndsWith("]: in-place update", StringComparison.Ordinal));
        Assert.Contains("    ~ Level: 9 → 3", lines);
        Assert.EndsWith("0 to create, 1 to update, 0 to delete, 0 unchanged\n", plan.Stdout, StringComparison.Ordinal);

        // -q: the result and the summary, no progress.
        var quiet = jamf.Run("jamf", "apply", "-q", file);
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stderr);
        Assert.EndsWith("1 applied (0 created, 1 updated, 0 deleted), 0 unchanged\n", quiet.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, jamf.Run("jamf", "plan", file).ExitCode);
    }

    [Fact]
    public async Task ServerCopyThatIsNotAProfile_CannotBeCompared_AndApplyReplacesIt()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.mangled", "Mangled", 1);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", file).ExitCode);
        // Someone stored a bare preference dictionary in its place; the marker in the description still claims it.
        jamf.State.EditInConsole(jamf.State.Profiles[0].Id, _ => Plist.Dict(("Level", 9L)));

        var plan = jamf.Run("jamf", "plan", file);

        Assert.Equal(1, plan.ExitCode);
        Assert.Contains(plan.Stdout.Split('\n'), l => l.StartsWith("  the server copy cannot be compared (", StringComparison.Ordinal) && l.EndsWith("); apply replaces it", StringComparison.Ordinal));
        Assert.Equal(0, jamf.Run("jamf", "apply", file).ExitCode);
        Assert.Equal(0, jamf.Run("jamf", "plan", file).ExitCode);
    }

    [Fact]
    public async Task Markdown_IsDiffsTablePerProfile_WithCreateAndDeleteSections_AsMarkdigReadsIt()
    {
        using var dir = new TempDirectory();
        var kept = JamfCli.WriteProfile(dir, "com.contoso.kept", "Kept", 1);
        var gone = JamfCli.WriteProfile(dir, "com.contoso.gone", "Gone", 1);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", kept, gone).ExitCode);
        File.Delete(gone);
        JamfCli.WriteProfile(dir, "com.contoso.kept", "Kept", 2);
        var added = JamfCli.WriteProfile(dir, "com.contoso.new", "New", 5);

        var plan = jamf.Run("jamf", "plan", dir.Path, "--prune", "--format", "markdown");

        Assert.Equal(1, plan.ExitCode);
        var markdown = plan.Stdout;
        Assert.StartsWith("### Jamf Pro plan: 1 to create, 1 to update, 1 to delete, 0 unchanged\n", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Create: com\\.contoso\\.new\n", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Update: com\\.contoso\\.kept\n", markdown, StringComparison.Ordinal);
        Assert.Contains("#### Delete: id 2 \\\"Gone\\\"\n", markdown, StringComparison.Ordinal);

        // Each profile's table is diff's: five columns, the changed key with old and new value, what the Mac does.
        MarkdownDiffTests.AssertEveryRowHasFiveCells(markdown);
        var html = Markdown.ToHtml(markdown, MarkdownDiffTests.Gfm);
        MarkdownDiffTests.AssertNoMarkup(html, "ul", "li");
        var rows = MarkdownDiffTests.Rows(html);
        Assert.Contains(["com.contoso.app (payload 1)", "Level", "1", "2", "updated in place"], rows);
        Assert.Contains(["com.contoso.app (payload 1)", "", "", "", "installed"], rows);
        Assert.Contains(["com.contoso.app (payload 1)", "", "", "", "removed"], rows);
        Assert.Contains(added, markdown.Replace("\\", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_IsExact_AndCarriesDiffsProfileObject()
    {
        using var dir = new TempDirectory();
        var file = JamfCli.WriteProfile(dir, "com.contoso.json", "Json", 1);
        await using var jamf = await JamfCli.StartAsync();
        Assert.Equal(0, jamf.Run("jamf", "apply", file).ExitCode);
        JamfCli.WriteProfile(dir, "com.contoso.json", "Json renamed", 7);

        var plan = jamf.Run("jamf", "plan", file, "--format", "json");

        Assert.Equal(1, plan.ExitCode);
        using var json = JsonDocument.Parse(plan.Stdout);
        var root = json.RootElement;
        Assert.Equal(jamf.Url, root.GetProperty("server").GetString());
        Assert.True(root.GetProperty("changes").GetBoolean());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("update").GetInt32());
        var profile = Assert.Single(root.GetProperty("profiles").EnumerateArray());
        Assert.Equal("update", profile.GetProperty("action").GetString());
        Assert.Equal(file, profile.GetProperty("file").GetString());
        Assert.Equal("Json", profile.GetProperty("server").GetProperty("name").GetString());
        var name = Assert.Single(profile.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "name");
        Assert.Equal("Json renamed", name.GetProperty("toUpload").GetString());
        var payload = Assert.Single(profile.GetProperty("diff").GetProperty("payloads").EnumerateArray(), p => p.GetProperty("outcome").GetString() != "unchanged");
        var key = Assert.Single(payload.GetProperty("keys").EnumerateArray());
        Assert.Equal("Level", key.GetProperty("path").GetString());
        Assert.Equal(1, key.GetProperty("old").GetProperty("value").GetInt32());
        Assert.Equal(7, key.GetProperty("new").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task BinaryAndSignedProfiles_AreRead_SignedUploadedWithoutItsSignature_AndTheUnsignedCompanionIsSkipped()
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(dir.File("profiles")).FullName;
        var signedXml = PropertyListSerializer.WriteXml(JamfCli.SmallProfile("com.contoso.signed", "Signed", 1));
        File.WriteAllBytes(Path.Combine(folder, "com.contoso.signed.mobileconfig"), OpenSslSigner.Sign(dir, signedXml));
        File.WriteAllBytes(Path.Combine(folder, "com.contoso.signed.unsigned.mobileconfig"), signedXml);
        File.WriteAllBytes(Path.Combine(folder, "com.contoso.binary.mobileconfig"), PropertyListSerializer.WriteBinary(JamfCli.SmallProfile("com.contoso.binary", "Binary", 1)));
        File.WriteAllBytes(Path.Combine(folder, "com.contoso.app.plist"), PropertyListSerializer.WriteXml(Plist.Dict(("Level", 1L))));
        await using var jamf = await JamfCli.StartAsync();

        var plan = jamf.Run("jamf", "plan", folder);

        Assert.True(plan.ExitCode == 1, plan.Stderr);
        Assert.EndsWith("2 to create, 0 to update, 0 to delete, 0 unchanged\n", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("  note: the file is signed; the Classic API takes the profile as plist text, so it is uploaded without its signature", plan.Stdout.Split('\n'));
        Assert.Equal(0, jamf.Run("jamf", "apply", folder).ExitCode);
        var signed = Assert.Single(jamf.State.Profiles, p => p.Name == "Signed");
        Assert.Equal(1L, ((PlistInteger)((PlistDictionary)((PlistArray)signed.Plist["PayloadContent"])[0])["Level"]).Value);
        Assert.Equal(0, jamf.Run("jamf", "plan", folder).ExitCode);
    }
}
