using System.Reflection;

namespace ProfileAsCode.Host.Generation;

// WIP: replaced by the adapter to ProfileDiscovery/ProfileBuilder/ProfileSerializer once the model branch lands.
internal static class ModelProfileSource
{
    public static IReadOnlyList<ProfileCandidate> Discover(Assembly assembly, PreferencePayloadForm? form, bool writeBarePlist) =>
        throw new NotImplementedException("waiting for the profile model");
}
