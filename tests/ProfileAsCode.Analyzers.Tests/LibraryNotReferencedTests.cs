extern alias library;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Tests.Infrastructure;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>Projects that do not reference ProfileAsCode pay nothing: no actions are registered, nothing is reported.</summary>
public sealed class LibraryNotReferencedTests
{
    // Look-alike attributes in the user's own namespace must not wake the analyzers up.
    private const string LookAlikes = """
        namespace Contoso;

        [System.AttributeUsage(System.AttributeTargets.Class)]
        public sealed class ConfigurationProfileAttribute(string identifier) : System.Attribute { public string Identifier { get; } = identifier; }

        [System.AttributeUsage(System.AttributeTargets.Class)]
        public sealed class PreferenceDomainAttribute(string domain) : System.Attribute { public string Domain { get; } = domain; }

        [PreferenceDomain("com.jamf.connect.login")]
        public sealed record Login { public string? OIDCTenant { get; init; } = "common"; }

        [ConfigurationProfile("not reverse dns")]
        public sealed record Profile { public Login Login { get; init; } = new() { OIDCTenant = "contoso.onmicrosoft.com" }; }
        """;

    [Fact]
    public async Task WithoutLibrary_RegistersOnlyTheCompilationStartAction()
    {
        foreach (var analyzer in AllAnalyzers.Create())
        {
            var telemetry = await TelemetryAsync(analyzer, referenceLibrary: false);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount + telemetry.CompilationEndActionsCount);
        }
    }

    [Fact]
    public async Task WithLibrary_RegistersActions()
    {
        foreach (var analyzer in AllAnalyzers.Create())
        {
            var telemetry = await TelemetryAsync(analyzer, referenceLibrary: true);
            Assert.True(
                telemetry.OperationActionsCount + telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount > 0,
                analyzer.GetType().Name + " registered nothing although ProfileAsCode is referenced");
        }
    }

    [Fact]
    public async Task WithoutLibrary_ReportsNothing()
    {
        var compilation = Compile(referenceLibrary: false);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }

    private static async Task<Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo> TelemetryAsync(DiagnosticAnalyzer analyzer, bool referenceLibrary)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = Compile(referenceLibrary).WithAnalyzers([analyzer], options);
        _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    private static CSharpCompilation Compile(bool referenceLibrary)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.ToList<MetadataReference>();
        if (referenceLibrary)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location));
        }

        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(LookAlikes, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}
