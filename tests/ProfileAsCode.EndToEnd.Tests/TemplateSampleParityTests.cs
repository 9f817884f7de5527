using System.Text.RegularExpressions;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// The template's Entra ID project is a copy of samples/JamfConnect.EntraId with placeholders for the
/// tenant's values. The two must stay in step: same keys set from the same values, same constants,
/// same keys in the README's mapping. Plain file reads, no build.
/// </summary>
public sealed class TemplateSampleParityTests
{
    private static readonly string Root = PackageFixture.FindRepoRoot();
    private static readonly string Sample = Path.Combine(Root, "samples", "JamfConnect.EntraId");
    private static readonly string Template = Path.Combine(Root, "src", "ProfileAsCode.Templates", "templates", "JamfConnect");

    [Fact]
    public void Record_SetsTheSameKeysFromTheSameValues()
    {
        var sample = Assignments(File.ReadAllText(Path.Combine(Sample, "ContosoJamfConnect.cs")).Replace("ContosoEntra.", "EntraValues.", StringComparison.Ordinal));
        var template = Assignments(File.ReadAllText(Path.Combine(Template, "JamfConnectProfile.EntraId.cs")));

        Assert.NotEmpty(sample);
        Assert.Equal(sample, template);
    }

    [Fact]
    public void ValuesClass_DeclaresTheSameConstants()
    {
        Assert.Equal(
            Constants(File.ReadAllText(Path.Combine(Sample, "ContosoEntra.cs"))),
            Constants(File.ReadAllText(Path.Combine(Template, "EntraValues.cs"))));
    }

    [Fact]
    public void Readme_MapsTheSameRecordProperties()
    {
        Assert.Equal(
            RecordProperties(File.ReadAllText(Path.Combine(Sample, "README.md"))),
            RecordProperties(File.ReadAllText(Path.Combine(Template, "README.EntraId.md"))));
    }

    // `OidcClientId = ContosoEntra.OidcEndpointClientId,` in the record's body (its attribute differs on purpose).
    private static List<string> Assignments(string source) =>
        Regex.Matches(source[source.IndexOf("sealed record", StringComparison.Ordinal)..], @"^\s+(?<name>\w+) = (?<value>[^;]+?),?\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups["name"].Value + " = " + m.Groups["value"].Value.Trim())
            .ToList();

    private static List<string> Constants(string source) =>
        Regex.Matches(source, @"public const string\?? (?<name>\w+) =").Select(m => m.Groups["name"].Value).ToList();

    // The README tables' first column: | `Login.OidcClientId` | … |
    private static List<string> RecordProperties(string readme) =>
        Regex.Matches(readme, @"^\| `(?<property>(?:Login|MenuBar)\.[\w.]+)` \|", RegexOptions.Multiline)
            .Select(m => m.Groups["property"].Value)
            .Order(StringComparer.Ordinal)
            .ToList();
}
