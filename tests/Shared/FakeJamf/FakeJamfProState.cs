using System.Collections.Concurrent;
using System.Xml.Linq;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Testing.FakeJamf;

/// <summary>An API client registered on the test server (Settings › System › API roles and clients) with its roles' privileges.</summary>
internal sealed record RegisteredClient(string ClientId, string Secret, IReadOnlySet<string> Privileges);

/// <summary>A stored macOS configuration profile: the Classic document without payloads, and the plist it holds.</summary>
internal sealed class StoredProfile
{
    public required int Id { get; init; }

    /// <summary>The <c>os_x_configuration_profile</c> element, <c>general/payloads</c> rendered from <see cref="Plist"/> on each read.</summary>
    public required XElement Document { get; set; }

    public required PlistDictionary Plist { get; set; }

    public XElement General => Document.Element("general")!;

    public string Name => (string?)General.Element("name") ?? "";

    public string Description => (string?)General.Element("description") ?? "";
}

/// <summary>Everything the test server holds, and what tests do "in the console" (edits the API does not make).</summary>
internal sealed class FakeJamfProState
{
    public const string ReadPrivilege = "Read macOS Configuration Profiles";
    public const string CreatePrivilege = "Create macOS Configuration Profiles";
    public const string UpdatePrivilege = "Update macOS Configuration Profiles";
    public const string DeletePrivilege = "Delete macOS Configuration Profiles";

    public static readonly IReadOnlySet<string> AllPrivileges = new HashSet<string> { ReadPrivilege, CreatePrivilege, UpdatePrivilege, DeletePrivilege };

    private readonly object gate = new();
    private readonly Dictionary<int, StoredProfile> profiles = [];
    private readonly ConcurrentDictionary<string, (RegisteredClient Client, DateTimeOffset Expires)> tokens = new();
    private int nextId = 1;

    public FakeJamfProState(TimeProvider time) => Time = time;

    public TimeProvider Time { get; }

    public List<RegisteredClient> Clients { get; } = [];

    /// <summary>The token lifetime; Jamf's documented example answers 599 seconds.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(599);

    /// <summary>401 (what the Classic API answers, per python-jss issue #21) or 403 for a missing privilege.</summary>
    public int MissingPrivilegeStatus { get; set; } = 401;

    public FaultPlan Faults { get; } = new();

    /// <summary>Every request as answered: method, path, status.</summary>
    public ConcurrentQueue<(string Method, string Path, int Status)> Log { get; } = new();

    /// <summary>Every token ever issued (tests check none of them leaks into output).</summary>
    public ConcurrentQueue<string> IssuedTokens { get; } = new();

    /// <summary>Updates that asked for redistribution to every computer in scope (<c>redeploy_on_update</c> "All").</summary>
    public int RedistributionsToAll;

    /// <summary>Requests that changed something: creates, updates, deletes that were stored.</summary>
    public int StoredWrites;

    public IReadOnlyList<StoredProfile> Profiles
    {
        get
        {
            lock (gate)
            {
                return profiles.Values.OrderBy(p => p.Id).ToList();
            }
        }
    }

    public StoredProfile Profile(int id)
    {
        lock (gate)
        {
            return profiles[id];
        }
    }

    public string IssueToken(RegisteredClient client)
    {
        var token = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        tokens[token] = (client, Time.GetUtcNow() + TokenLifetime);
        IssuedTokens.Enqueue(token);
        return token;
    }

    public RegisteredClient? ClientFor(string? token) =>
        token is not null && tokens.TryGetValue(token, out var entry) && Time.GetUtcNow() < entry.Expires ? entry.Client : null;

    public void RevokeAllTokens() => tokens.Clear();

    public T Locked<T>(Func<Dictionary<int, StoredProfile>, T> action)
    {
        lock (gate)
        {
            return action(profiles);
        }
    }

    public int NextId()
    {
        lock (gate)
        {
            return nextId++;
        }
    }

    // ---- What an administrator does in the Jamf Pro console -------------------------------------------------------

    /// <summary>Edits the profile's settings by hand (the payload editor).</summary>
    public void EditInConsole(int id, Func<PlistDictionary, PlistDictionary> edit)
    {
        lock (gate)
        {
            profiles[id].Plist = edit(profiles[id].Plist);
        }
    }

    /// <summary>Scopes the profile to all computers and files it in a category: Jamf fields plan and apply must keep.</summary>
    public void ScopeAndCategorize(int id, string category)
    {
        lock (gate)
        {
            var profile = profiles[id];
            profile.General.Element("category")!.ReplaceWith(new XElement("category", new XElement("id", 7), new XElement("name", category)));
            profile.Document.Element("scope")!.Element("all_computers")!.Value = "true";
        }
    }

    /// <summary>"Clone" in the console: a copy under another name, description (and so our marker) included.</summary>
    public int CloneInConsole(int id, string newName)
    {
        lock (gate)
        {
            var source = profiles[id];
            var copy = new StoredProfile { Id = nextId++, Document = new XElement(source.Document), Plist = source.Plist };
            copy.General.Element("id")!.Value = copy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            copy.General.Element("name")!.Value = newName;
            copy.General.Element("uuid")!.Value = JamfUploadRewrites.NewUuid();
            profiles[copy.Id] = copy;
            return copy.Id;
        }
    }

    /// <summary>A profile made without profile-as-code (no marker), holding <paramref name="plist"/> exactly.</summary>
    public int AddUnmanaged(string name, PlistDictionary plist, string description = "")
    {
        lock (gate)
        {
            var id = nextId++;
            profiles[id] = new StoredProfile { Id = id, Document = FakeJamfProServer.NewDocument(id, name, description, JamfUploadRewrites.NewUuid()), Plist = plist };
            return id;
        }
    }
}
