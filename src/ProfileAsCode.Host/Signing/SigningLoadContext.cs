using System.Reflection;
using System.Runtime.Loader;

namespace ProfileAsCode.Host.Signing;

/// <summary>
/// Loads the signing stack from the host's own folder. The host runs inside the USER's deps.json, which
/// lists none of these assemblies, and the runtime's own System.Formats.Asn1 may be older than the one
/// System.Security.Cryptography.Pkcs was built against; a context of its own keeps both problems away from
/// the user's assemblies. Everything else (the BCL, the ProfileAsCode library) comes from the default context.
/// </summary>
internal sealed class SigningLoadContext : AssemblyLoadContext
{
    private static readonly string[] StackAssemblies =
    [
        "ProfileAsCode.Host",
        "ProfileAsCode.Signing",
        "System.Security.Cryptography.Pkcs",
        "Microsoft.Bcl.Cryptography",
        "System.Formats.Asn1",
    ];

    private readonly string hostDirectory;

    private SigningLoadContext(string hostDirectory)
        : base("ProfileAsCode.Signing")
    {
        this.hostDirectory = hostDirectory;
    }

    /// <summary>A second copy of the host assembly, whose references to the signing stack bind in this context.</summary>
    public static Assembly LoadHostCopy()
    {
        // Not AppContext.BaseDirectory: under `dotnet exec --depsfile` that is the user's folder.
        var hostPath = typeof(SigningLoadContext).Assembly.Location;
        var context = new SigningLoadContext(Path.GetDirectoryName(hostPath)!);
        return context.LoadFromAssemblyPath(hostPath);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (!StackAssemblies.Contains(assemblyName.Name, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var fileName = assemblyName.Name + ".dll";
        // System.Security.Cryptography.Pkcs has a Windows build (CNG) beside the portable one.
        var windows = Path.Combine(hostDirectory, "runtimes", "win", "lib", "net8.0", fileName);
        var candidate = OperatingSystem.IsWindows() && File.Exists(windows) ? windows : Path.Combine(hostDirectory, fileName);
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
