using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Tool;

/// <summary>
/// Issue 13, item 7: keys, values, file names found in a folder and signers' names cannot recolour the terminal,
/// move its cursor, set its title, reorder a line or forge one, in any command's human output; JSON stays exact.
/// </summary>
public class TerminalInjectionTests
{
    private const string Forged = "FORGED";

    private static readonly string[] Hostile =
    [
        "a\n" + Forged + " line", "\u001b[2J\u001b[31mred", "\u001b]0;title\u0007", "cr\r" + Forged, "bidi\u202Etxt.exe", "ls\u2028" + Forged,
        "nel\u0085" + Forged, "zero\u200Bwidth", "tag\U000E0041",
    ];

    private static string HostileName => "evil\n" + Forged + "\u001b[31m\u202E.mobileconfig";

    [Fact]
    public void Show_PrintsKeysValuesFileNameAndSigner_Escaped()
    {
        using var dir = new TempDirectory();
        var signed = dir.Write(HostileName, SubjectSigner.Sign(PropertyListSerializer.WriteBinary(Profile("v1")), "Signer\n" + Forged + "\u001b[31m"));

        var run = CliRun.Of("show", signed);

        Assert.Equal(0, run.ExitCode);
        AssertSafe(run);
        Assert.Contains("\\u001B[2J", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_TextIsEscaped_JsonIsExact()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.mobileconfig", PropertyListSerializer.WriteBinary(Profile("v1")));
        var @new = dir.Write("new.mobileconfig", PropertyListSerializer.WriteBinary(Profile("v2")));

        var text = CliRun.Of("diff", old, @new);
        var json = CliRun.Of("diff", old, @new, "--format", "json");

        Assert.Equal(1, text.ExitCode);
        AssertSafe(text);
        Assert.Equal(1, json.ExitCode);
        var paths = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("profiles")[0].GetProperty("payloads")[0].GetProperty("keys")
            .EnumerateArray().Select(k => k.GetProperty("path").GetString()).ToList();
        Assert.Subset(Hostile.ToHashSet(), paths.ToHashSet()!);
    }

    [Fact]
    public void Validate_TextOfAFolderIsEscaped_JsonNamesTheFileExactly()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("exports");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, HostileName);
        File.WriteAllBytes(file, PropertyListSerializer.WriteBinary(Profile("v1").SetItem("PayloadVersion", Hostile[0]).SetItem("PayloadIdentifier", Hostile[1])));
        File.WriteAllBytes(Path.Combine(folder, "signed.mobileconfig"), Tamper(SubjectSigner.Sign(PropertyListSerializer.WriteBinary(Profile("v1")), "Signer\n" + Forged)));

        var text = CliRun.Of("validate", folder);
        var json = CliRun.Of("validate", folder, "--format", "json");

        Assert.Equal(1, text.ExitCode);
        AssertSafe(text);
        var files = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToHashSet();
        Assert.Contains(file, files);
    }

    [Fact]
    public void Import_NotesAndNotKeptLinesAreEscaped()
    {
        using var dir = new TempDirectory();
        var profile = Profile("v1");
        foreach (var hostile in Hostile)
        {
            profile = profile.SetItem("Top" + hostile, hostile);
        }

        var file = dir.Write(HostileName, SubjectSigner.Sign(PropertyListSerializer.WriteBinary(profile), "Signer\n" + Forged + "\u001b[31m"));

        var run = CliRun.Of("import", file, "--out", dir.File("out"), "-v");

        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        AssertSafe(run);
        Assert.Contains("not kept: top level: Top\\u001B[2J", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyAndUnsign_PrintTheSignersNameEscaped()
    {
        using var dir = new TempDirectory();
        var signed = dir.Write(HostileName, SubjectSigner.Sign(PropertyListSerializer.WriteBinary(Profile("v1")), "Signer\n" + Forged + "\u001b[31m\u202E"));
        var tampered = dir.Write("tampered.mobileconfig", Tamper(File.ReadAllBytes(signed)));

        var verify = CliRun.Of("verify", signed, "--signature-only");
        var unsign = CliRun.Of("unsign", tampered, "--out", dir.File("plain.mobileconfig"));

        Assert.Equal(0, verify.ExitCode);
        AssertSafe(verify);
        Assert.Contains("Signer\\u000A" + Forged, verify.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, unsign.ExitCode);
        AssertSafe(unsign);
    }

    [Fact]
    public void FailureNamingAFileFoundInAFolder_EscapesItsName()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("exports");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, HostileName), "not a plist");

        var run = CliRun.Of("show", Path.Combine(folder, HostileName));

        Assert.Equal(2, run.ExitCode);
        AssertSafe(run);
    }

    private static PlistDictionary Profile(string version) =>
        Corpus.Profile("com.contoso.hostile", "0F6E8B52-6A0C-4B8E-9E84-1B5A2C3D4E5F", PreferencePayloadForm.Direct,
                ("com.example.app", "com.contoso.hostile.app", "7A1B2C3D-4E5F-4607-8899-AABBCCDDEE01", Hostile[2], Dict(Hostile.Select(h => (h, (PlistValue)(h + version))).ToArray())))
            .SetItem("PayloadDisplayName", Hostile[0] + Hostile[1]);

    /// <summary>Flips a byte inside the signed content, so the signature no longer verifies (and the problem text is printed).</summary>
    private static byte[] Tamper(byte[] signed)
    {
        var copy = signed.ToArray();
        var at = copy.AsSpan().IndexOf("com.contoso.hostile"u8);
        copy[at] = (byte)'C';
        return copy;
    }

    private static void AssertSafe(CliRun run)
    {
        foreach (var (stream, text) in new[] { ("stdout", run.Stdout), ("stderr", run.Stderr) })
        {
            foreach (var line in text.Split('\n'))
            {
                Assert.True(!HostileStrings.DangerousAt(line).Any(), $"{stream} has a raw control, format or separator character: {JsonSerializer.Serialize(line)}");
                Assert.False(line.TrimStart().StartsWith(Forged, StringComparison.Ordinal), $"{stream} has a forged line: {JsonSerializer.Serialize(line)}");
            }
        }
    }
}
