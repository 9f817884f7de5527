extern alias library;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProfileAsCode.Testing.Tenant;

namespace ProfileAsCode.Analyzers.Tests.Infrastructure;

/// <summary>
/// The profile analyzer with Entra ID tenant exports, handed to it the way ProfileAsCode's targets do: as additional
/// files with the item metadata <c>ProfileAsCodeKind=TenantExport</c>, which MSBuild passes to analyzers as the
/// option <c>build_metadata.AdditionalFiles.ProfileAsCodeKind</c> (CompilerVisibleItemMetadata).
/// </summary>
internal static class TenantVerifier
{
    public const string ExportFolder = "/0/entra/";

    /// <param name="exports">Export files by name; null: the scenario's tenant as Graph pages.</param>
    /// <param name="marked">Whether the files carry the metadata (an unmarked additional file is not an export).</param>
    public static Task AnalyzeAsync(string source, IReadOnlyList<(string Name, string Text)>? exports = null, bool marked = true, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ProfileAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location));
        foreach (var (name, text) in exports ?? new TenantExportSet().Files(ExportShape.GraphPage))
        {
            test.TestState.AdditionalFiles.Add((ExportFolder + name, text));
        }

        if (marked)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.json]\nbuild_metadata.AdditionalFiles.ProfileAsCodeKind = TenantExport\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The replace-value fix of a tenant finding, with the scenario's tenant as Graph pages.</summary>
    public static Task FixAsync(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<ProfileAnalyzer, ProfileAsCode.CodeFixes.ReplaceValueFixer, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        var library = MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location);
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            state.AdditionalReferences.Add(library);
            foreach (var (name, text) in new TenantExportSet().Files(ExportShape.GraphPage))
            {
                state.AdditionalFiles.Add((ExportFolder + name, text));
            }

            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.json]\nbuild_metadata.AdditionalFiles.ProfileAsCodeKind = TenantExport\n"));
        }

        return test.RunAsync();
    }
}
