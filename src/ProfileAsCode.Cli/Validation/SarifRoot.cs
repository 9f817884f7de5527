namespace ProfileAsCode.Cli.Validation;

/// <summary>
/// The folder SARIF artifact URIs are relative to: the repository root (the nearest folder up from the current one that
/// has <c>.git</c>, a folder in a clone or a file in a worktree), else the current folder. GitHub code scanning reads a
/// relative URI as relative to the repository root ("SARIF support for code scanning", docs.github.com: "Specifying the
/// root for source files"); SARIF 2.1.0 (OASIS Standard, artifactLocation object) wants a relative URI to name its base through
/// <c>uriBaseId</c>, resolved by the run's <c>originalUriBaseIds</c>.
/// </summary>
internal sealed class SarifRoot
{
    /// <summary>The base id GitHub's and Microsoft's SARIF examples use for the source tree.</summary>
    public const string BaseId = "%SRCROOT%";

    public SarifRoot(string directory) => Directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    /// <summary>Absolute, without a trailing separator.</summary>
    public string Directory { get; }

    /// <summary>The root as an absolute <c>file:</c> URI ending in a slash, as <c>originalUriBaseIds</c> needs it.</summary>
    public string Uri => new Uri(Directory + Path.DirectorySeparatorChar).AbsoluteUri;

    public static SarifRoot Find(string currentDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(currentDirectory)); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (System.IO.Directory.Exists(git) || File.Exists(git))
            {
                return new SarifRoot(directory.FullName);
            }
        }

        return new SarifRoot(currentDirectory);
    }

    /// <summary>
    /// <paramref name="file"/> as an artifact URI: relative to the root, with forward slashes, no <c>./</c>, each segment
    /// percent-encoded (it is a URI, not a path); a file outside the root is an absolute <c>file:</c> URI and has no base id.
    /// </summary>
    public (string Uri, bool Relative) Locate(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return (new Uri(full).AbsoluteUri, false);
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return (string.Join('/', segments.Select(System.Uri.EscapeDataString)), true);
    }
}
