using ProfileAsCode.Host.Severity;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Tests.Severity;

public sealed class SeverityPolicyTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string Source => temp.File("src", "Profiles", "Login.cs");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void WithoutSettings_RuleDefaultApplies_SuggestionMeaningInfo()
    {
        var policy = SeverityPolicy.Default;

        Assert.Equal(ReportedSeverity.Error, policy.Resolve("PAC1001", RuleSeverity.Error, Source));
        Assert.Equal(ReportedSeverity.Warning, policy.Resolve("PAC1002", RuleSeverity.Warning, Source));
        Assert.Equal(ReportedSeverity.Info, policy.Resolve("PAC1027", RuleSeverity.Info, Source));
    }

    [Theory]
    [InlineData("error", nameof(ReportedSeverity.Error))]
    [InlineData("warning", nameof(ReportedSeverity.Warning))]
    [InlineData("suggestion", nameof(ReportedSeverity.Info))]
    [InlineData("silent", nameof(ReportedSeverity.Hidden))]
    [InlineData("none", nameof(ReportedSeverity.Suppressed))]
    [InlineData("default", nameof(ReportedSeverity.Warning))]
    public void EditorConfigSeverityWord_MapsLikeTheCompiler(string word, string expectedName)
    {
        var expected = Enum.Parse<ReportedSeverity>(expectedName);
        var config = EditorConfig("src/.editorconfig", $"root = true\n[*.cs]\ndotnet_diagnostic.PAC1002.severity = {word}\n");

        Assert.Equal(expected, new SeverityPolicy(new[] { config }).Resolve("PAC1002", RuleSeverity.Warning, Source));
    }

    [Fact]
    public void EditorConfigSection_AppliesOnlyToMatchingFiles()
    {
        var config = EditorConfig(".editorconfig", "[src/Other/**.cs]\ndotnet_diagnostic.PAC1001.severity = none\n");

        Assert.Equal(ReportedSeverity.Error, new SeverityPolicy(new[] { config }).Resolve("PAC1001", RuleSeverity.Error, Source));
    }

    [Fact]
    public void NearerEditorConfig_WinsOverOuter_AndRootStopsTheSearch()
    {
        var outermost = EditorConfig(".editorconfig", "[*.cs]\ndotnet_diagnostic.PAC1001.severity = none\n");
        var outer = EditorConfig("src/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.PAC1002.severity = error\n");
        var inner = EditorConfig("src/Profiles/.editorconfig", "[*.cs]\ndotnet_diagnostic.PAC1002.severity = suggestion\n");
        var policy = new SeverityPolicy(new[] { inner, outermost, outer });

        Assert.Equal(ReportedSeverity.Info, policy.Resolve("PAC1002", RuleSeverity.Warning, Source));
        Assert.Equal(ReportedSeverity.Error, policy.Resolve("PAC1001", RuleSeverity.Error, Source)); // above root = true
    }

    [Fact]
    public void GlobalConfig_AppliesEverywhere_ButEditorConfigSectionWins()
    {
        var global = EditorConfig(".globalconfig", "is_global = true\ndotnet_diagnostic.PAC1002.severity = error\ndotnet_diagnostic.PAC1005.severity = none\n");
        var editor = EditorConfig("src/.editorconfig", "[*.cs]\ndotnet_diagnostic.PAC1002.severity = warning\n");
        var policy = new SeverityPolicy(new[] { global, editor });

        Assert.Equal(ReportedSeverity.Warning, policy.Resolve("PAC1002", RuleSeverity.Warning, Source));
        Assert.Equal(ReportedSeverity.Suppressed, policy.Resolve("PAC1005", RuleSeverity.Warning, Source));
    }

    [Fact]
    public void FileWithIsGlobal_IsAGlobalConfigWhateverItsName()
    {
        var global = EditorConfig("presets/strict.editorconfig", "is_global = true\ndotnet_diagnostic.PAC1025.severity = error\n");

        Assert.Equal(ReportedSeverity.Error, new SeverityPolicy(new[] { global }).Resolve("PAC1025", RuleSeverity.Warning, Source));
    }

    [Fact]
    public void NoWarn_SuppressesEvenWhatEditorConfigRaises()
    {
        var editor = EditorConfig(".editorconfig", "[*.cs]\ndotnet_diagnostic.PAC1002.severity = error\n");

        var policy = new SeverityPolicy(new[] { editor }, noWarn: new[] { "CS1591", "PAC1002" });

        Assert.Equal(ReportedSeverity.Suppressed, policy.Resolve("PAC1002", RuleSeverity.Warning, Source));
    }

    [Fact]
    public void WarningsAsErrors_RaisesOnlyTheListedIds()
    {
        var policy = new SeverityPolicy(Array.Empty<AnalyzerConfigFile>(), warningsAsErrors: new[] { "pac1002" });

        Assert.Equal(ReportedSeverity.Error, policy.Resolve("PAC1002", RuleSeverity.Warning, Source));
        Assert.Equal(ReportedSeverity.Warning, policy.Resolve("PAC1005", RuleSeverity.Warning, Source));
    }

    [Fact]
    public void TreatWarningsAsErrors_RaisesWarningsButNotInfo_ExceptWarningsNotAsErrors()
    {
        var policy = new SeverityPolicy(Array.Empty<AnalyzerConfigFile>(), warningsNotAsErrors: new[] { "PAC1005" }, treatWarningsAsErrors: true);

        Assert.Equal(ReportedSeverity.Error, policy.Resolve("PAC1002", RuleSeverity.Warning, Source));
        Assert.Equal(ReportedSeverity.Warning, policy.Resolve("PAC1005", RuleSeverity.Warning, Source));
        Assert.Equal(ReportedSeverity.Info, policy.Resolve("PAC1027", RuleSeverity.Info, Source));
    }

    [Fact]
    public void TreatWarningsAsErrors_AlsoRaisesAWarningSetInEditorConfig()
    {
        var editor = EditorConfig(".editorconfig", "[*.cs]\ndotnet_diagnostic.PAC1001.severity = warning\n");

        var policy = new SeverityPolicy(new[] { editor }, treatWarningsAsErrors: true);

        Assert.Equal(ReportedSeverity.Error, policy.Resolve("PAC1001", RuleSeverity.Error, Source));
    }

    [Fact]
    public void ProfileWithoutSourceFile_StillGetsGlobalSettings()
    {
        var global = EditorConfig(".globalconfig", "dotnet_diagnostic.PAC1002.severity = none\n");

        Assert.Equal(ReportedSeverity.Suppressed, new SeverityPolicy(new[] { global }).Resolve("PAC1002", RuleSeverity.Warning, null));
    }

    private AnalyzerConfigFile EditorConfig(string relativePath, string text) => AnalyzerConfigFile.Read(temp.Write(relativePath, text));
}
