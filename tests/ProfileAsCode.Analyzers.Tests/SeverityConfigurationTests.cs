extern alias library;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProfileAsCode.Analyzers.Tests.Infrastructure;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>Users tune severities in .editorconfig like any other analyzer's.</summary>
public sealed class SeverityConfigurationTests
{
    private const string Source = """
        using TestPayloads;

        static class Build
        {
            static Login Create() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = {|#0:"common"|} };
        }
        """;

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task EditorConfigSeverity_Overrides_TheDefaultError(string configured, DiagnosticSeverity expected)
    {
        var test = Create($"dotnet_diagnostic.PAC1003.severity = {configured}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PAC1003", expected).WithLocation(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigNone_SilencesTheRule()
    {
        await Create("dotnet_diagnostic.PAC1003.severity = none").RunAsync();
    }

    private static CSharpAnalyzerTest<PayloadInitializerAnalyzer, DefaultVerifier> Create(string setting)
    {
        var test = new CSharpAnalyzerTest<PayloadInitializerAnalyzer, DefaultVerifier>
        {
            TestCode = Source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.Sources.Add(("TestPayloads.cs", TestPayloads.Source));
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{setting}\n"));
        return test;
    }
}
