using System.Runtime.CompilerServices;
using ProfileAsCode.Host;

// Nothing here may name a ProfileAsCode library type: the resolver must be in place before the
// runtime looks for the library (see AssemblyLoading).
if (AssemblyLoading.FindAssemblyArgument(args) is { } userAssembly)
{
    AssemblyLoading.ProbeBesides(userAssembly);
}

return Run(args);

[MethodImpl(MethodImplOptions.NoInlining)]
static int Run(string[] args)
{
    try
    {
        return HostRun.Execute(args, Console.Out, Console.Error);
    }
    catch (Exception exception)
    {
        // User code's exceptions are caught per profile; reaching here is a fault of the host itself
        // (or of the disk). Say so in one line the build shows, instead of a crash with no location.
        Console.Out.WriteLine($"ProfileAsCode.Host: error PAC9002: the build host failed: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
        return HostRun.InternalError;
    }
}
