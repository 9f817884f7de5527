namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// `dotnet new` with a template cache of its own (<c>--debug:custom-hive</c>) and its own
/// DOTNET_CLI_HOME: installing the packed templates never touches the machine's template cache.
/// </summary>
internal sealed class TemplateHive
{
    private readonly string root;
    private readonly string hive;
    private readonly string home;

    public TemplateHive(string root)
    {
        this.root = root;
        hive = Path.Combine(root, "hive");
        home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
    }

    public ProcessResult Install(string packagePath) => Run("new", "install", packagePath);

    /// <summary>Instantiates profileascode-jamfconnect as project <paramref name="name"/> in <paramref name="outputDirectory"/>.</summary>
    public ProcessResult Create(string outputDirectory, string name, params string[] options) =>
        Run(["new", "profileascode-jamfconnect", "-o", outputDirectory, "-n", name, "--no-update-check", .. options]);

    private ProcessResult Run(params string[] arguments) =>
        DotNet.Run(root, new Dictionary<string, string?> { ["DOTNET_CLI_HOME"] = home }, [.. arguments, "--debug:custom-hive", hive]);
}
