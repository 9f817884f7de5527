using AppleSchemaGenerator;

namespace ProfileAsCode.Tests.Apple;

/// <summary>
/// The committed records, schema table, docs page, EXCEPTIONS.md and PublicAPI lines are what the generator makes
/// of the committed schema copy: it regenerates into a temporary folder and compares byte for byte.
/// </summary>
public sealed class GeneratedFilesAreCurrentTests
{
    private const string Fix = "Run `dotnet run --project eng/AppleSchemaGenerator` and commit the result.";

    [SchemaFact]
    public void CommittedFilesMatchAFreshRun()
    {
        var root = SchemaFolder.RepositoryRoot;
        var generated = Generator.Generate(root);
        var temp = Directory.CreateTempSubdirectory("apple-schema-");
        try
        {
            var api = Path.Combine(temp.FullName, GeneratedFiles.PublicApiFile);
            Directory.CreateDirectory(Path.GetDirectoryName(api)!);
            File.Copy(Path.Combine(root, GeneratedFiles.PublicApiFile), api);
            Generator.WriteTo(temp.FullName, generated);

            var differing = generated.Files.Keys.Append(GeneratedFiles.PublicApiFile)
                .Where(path => !File.Exists(Path.Combine(root, path)) || Text(Path.Combine(root, path)) != Text(Path.Combine(temp.FullName, path)))
                .ToArray();
            Assert.True(differing.Length == 0, $"Stale or missing generated files: {string.Join(", ", differing)}. {Fix}");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [SchemaFact]
    public void NoGeneratedRecordFileIsLeftOver()
    {
        var generated = Generator.Generate(SchemaFolder.RepositoryRoot);

        var leftOver = Generator.StaleRecordFiles(SchemaFolder.RepositoryRoot, generated).ToArray();

        Assert.True(leftOver.Length == 0, $"Generated files the generator no longer makes: {string.Join(", ", leftOver)}. {Fix}");
    }

    [SchemaFact]
    public void ThePublicApiFileHoldsEachGeneratedLineOnce()
    {
        var generated = Generator.Generate(SchemaFolder.RepositoryRoot);
        var lines = File.ReadAllLines(Path.Combine(SchemaFolder.RepositoryRoot, GeneratedFiles.PublicApiFile)).Where(GeneratedFiles.IsGeneratedApiLine).ToArray();

        Assert.Equal(generated.PublicApi, lines);
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Git may check files out with CRLF; the generator writes LF.</summary>
    private static string Text(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
}
