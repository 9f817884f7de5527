using System.Globalization;
using ProfileAsCode.JamfPro.Http;

namespace ProfileAsCode.JamfPro.Classic;

/// <summary>
/// The Classic API resource <c>/JSSResource/osxconfigurationprofiles</c>: list, get by ID, create (POST to
/// <c>id/0</c>, as the "Classic API Overview" recommends: https://developer.jamf.com/jamf-pro/v10.44.0/docs),
/// update (PUT by ID) and delete. The privileges are the "macOS Configuration Profiles" rows of "Privilege Requirements"
/// (https://developer.jamf.com/jamf-pro/docs/classic-api-minimum-required-privileges-and-endpoint-mapping): Read for
/// GET, Create for POST, Update for PUT, Delete for DELETE.
/// </summary>
internal sealed class OsxConfigurationProfilesApi
{
    public const string ResourcePath = "JSSResource/osxconfigurationprofiles";
    public const string ReadPrivilege = "Read macOS Configuration Profiles";
    public const string CreatePrivilege = "Create macOS Configuration Profiles";
    public const string UpdatePrivilege = "Update macOS Configuration Profiles";
    public const string DeletePrivilege = "Delete macOS Configuration Profiles";

    private readonly JamfProClient client;

    public OsxConfigurationProfilesApi(JamfProClient client) => this.client = client;

    public JamfClientOptions Options => client.Options;

    public async Task<IReadOnlyList<ProfileSummary>> ListAsync(CancellationToken cancel)
    {
        var request = new ClassicRequest(HttpMethod.Get, ResourcePath, ReadPrivilege);
        var answer = await client.SendAsync(request, cancel).ConfigureAwait(false);
        var what = Describe(request);
        if (answer.Status == 404)
        {
            throw new JamfProException(JamfProProblem.BadResponse, $"{what}: not found (404); is the URL a Jamf Pro server?", 404);
        }

        return ClassicProfileXml.ParseList(SafeXml.Parse(answer.Body, what, MaxChars), what);
    }

    /// <returns>The profile, or null when it no longer exists (deleted since the list was read).</returns>
    public async Task<ServerProfileDocument?> GetAsync(int id, CancellationToken cancel)
    {
        var request = new ClassicRequest(HttpMethod.Get, ById(id), ReadPrivilege);
        var answer = await client.SendAsync(request, cancel).ConfigureAwait(false);
        if (answer.Status == 404)
        {
            return null;
        }

        var what = Describe(request);
        var profile = ClassicProfileXml.ParseProfile(SafeXml.Parse(answer.Body, what, MaxChars), what);
        return profile.Id == id ? profile : throw ClassicProfileXml.Unexpected(what, $"the profile with <id>{id}</id>");
    }

    /// <returns>The new profile's ID.</returns>
    /// <exception cref="JamfProException">With <see cref="JamfProException.OutcomeUnknown"/> when it may or may not exist now.</exception>
    public async Task<int> CreateAsync(string xml, CancellationToken cancel)
    {
        var request = new ClassicRequest(HttpMethod.Post, ById(0), CreatePrivilege, xml);
        var answer = await client.SendAsync(request, cancel).ConfigureAwait(false);
        var what = Describe(request);
        if (answer.Status == 404)
        {
            throw new JamfProException(JamfProProblem.BadResponse, $"{what}: not found (404); is the URL a Jamf Pro server?", 404);
        }

        return ClassicProfileXml.ParseWriteAnswer(SafeXml.Parse(answer.Body, what, MaxChars), what);
    }

    public async Task UpdateAsync(int id, string xml, CancellationToken cancel)
    {
        var request = new ClassicRequest(HttpMethod.Put, ById(id), UpdatePrivilege, xml);
        var answer = await client.SendAsync(request, cancel).ConfigureAwait(false);
        if (answer.Status == 404)
        {
            throw new JamfProException(JamfProProblem.Conflict, $"{Describe(request)}: the profile was deleted on the server since it was read (404); run again.", 404);
        }
    }

    /// <returns>False when it was already gone.</returns>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancel)
    {
        var answer = await client.SendAsync(new ClassicRequest(HttpMethod.Delete, ById(id), DeletePrivilege), cancel).ConfigureAwait(false);
        return answer.Status != 404;
    }

    private long MaxChars => client.Options.MaxResponseBytes;

    private static string ById(int id) => ResourcePath + "/id/" + id.ToString(CultureInfo.InvariantCulture);

    private string Describe(ClassicRequest request) => $"{request.Method} {client.Server.Resolve(request.Path).AbsolutePath}";
}
