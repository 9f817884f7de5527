extern alias library;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProfileAsCode.Analyzers.Tests.Infrastructure;

/// <summary>A consumer compilation outside the test harness (for direct symbol or analyzer calls), checked to have no errors.</summary>
internal static class TestCompilation
{
    public static CSharpCompilation Create(params string[] sources)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.ToList<MetadataReference>();
        references.Add(MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}
