using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProfileAsCode.Analyzers.Tenant;
using ProfileAsCode.Testing.Tenant;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// The editor makes a compilation per keystroke: the tenant exports are parsed once per content, and an edited
/// export is seen by the next compilation, without a restart.
/// </summary>
public sealed class TenantExportsCacheTests
{
    [Fact]
    public void SameContent_InNewTextObjects_IsTheSameModel_AnEditIsANewOne()
    {
        var files = new TenantExportSet().Files(ExportShape.GraphPage);
        var first = TenantExports.For(Options(files), CancellationToken.None);
        var again = TenantExports.For(Options(files), CancellationToken.None);
        var edited = new TenantExportSet().Edit("application-endpoint", "\"displayName\": \"Jamf Connect - OIDC Endpoint\"", "\"displayName\": \"Jamf Connect - Login\"").Files(ExportShape.GraphPage);
        var afterEdit = TenantExports.For(Options(edited), CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.NotSame(first, afterEdit);
        Assert.Equal("Jamf Connect - Login", afterEdit!.ApplicationByAppId(TenantExportSet.ClientId)!.DisplayName);
        Assert.Equal("Jamf Connect - OIDC Endpoint", first!.ApplicationByAppId(TenantExportSet.ClientId)!.DisplayName);
    }

    [Fact]
    public void OnlyMarkedAdditionalFilesAreExports_AndAnUnreadableOneMeansNoModel()
    {
        var files = new TenantExportSet().Files(ExportShape.BareArray);

        Assert.Null(TenantExports.For(Options(files, marked: false), CancellationToken.None));
        Assert.Null(TenantExports.For(Options([.. files, ("truncated.json", "[{\"appId\": ")]), CancellationToken.None));
        Assert.NotNull(TenantExports.For(Options(files), CancellationToken.None));
    }

    private static AnalyzerOptions Options(IReadOnlyList<(string Name, string Text)> files, bool marked = true)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryText("/p/entra/" + f.Name, f.Text)).ToImmutableArray();
        return new AnalyzerOptions(texts, new MetadataProvider(marked));
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class MetadataProvider(bool marked) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            marked ? new ConfigOptions(ImmutableDictionary<string, string>.Empty.Add(TenantExports.KindMetadata, TenantExports.TenantExportKind)) : GlobalOptions;
    }

    private sealed class ConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
