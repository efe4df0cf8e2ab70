using Reporting.Core.Cube.Model;

namespace Reporting.Core.Tests.Cube.Access;

/// <summary>A cube's <c>access</c> key is checked when the model loads, naming the file and the key.</summary>
public sealed class AccessPolicyModelTests : IDisposable
{
    private const string Cube = """
        name: t
        table: fact_ticket
        joins:
          - name: account
            table: dim_account
            key: account_id
        dimensions:
          - name: account_id
            type: string
            sql: t.account_id
          - name: csm
            type: string
            sql: account.csm
          - name: reopens
            type: number
          - name: csm_and_tier
            type: string
            sql: account.csm || account.tier

        """;

    private readonly CubeFixture fixture = new();

    [Fact]
    public void Every_shipped_cube_restricts_by_its_accounts_csm_and_id()
    {
        Assert.All(fixture.Model.Cubes, cube => Assert.Equal(new AccessPolicy("csm", "account_id"), cube.Access));
    }

    [Fact]
    public void A_policy_over_a_join_column_and_an_own_column_loads()
    {
        Assert.Equal(new AccessPolicy("csm", "account_id"), Load("access:\n  csm: csm\n  account: account_id\n").Cube("t")!.Access);
        Assert.Equal(new AccessPolicy(null, "account_id"), Load("access:\n  account: account_id\n").Cube("t")!.Access);
    }

    [Theory]
    [InlineData("access:\n  csm: owner\n", "bad.yaml: t.access.csm: 'owner' is not a dimension of t")]
    [InlineData("access:\n  account: reopens\n", "bad.yaml: t.access.account: the dimension 'reopens' is a number dimension, not a string one")]
    [InlineData("access:\n  csm: csm_and_tier\n", "bad.yaml: t.access.csm: the dimension 'csm_and_tier' must read the fact's own columns or exactly one column of a join (like account.csm)")]
    [InlineData("access: {}\n", "bad.yaml: t.access: names neither csm (the dimension holding the account's CSM) nor account (the dimension holding its account id)")]
    public void A_bad_policy_names_file_and_key(string access, string expected)
    {
        var error = Assert.Throws<ModelException>(() => Load(access));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void An_unknown_key_in_a_policy_names_file_and_line()
    {
        var error = Assert.Throws<ModelException>(() => Load("access:\n  owner: csm\n"));

        Assert.StartsWith("bad.yaml: line 20:", error.Message);
        Assert.Contains("owner", error.Message);
    }

    private SemanticModel Load(string access)
    {
        using var connection = fixture.Database.Connect();
        return SemanticModel.Create([ModelFiles.Read(Cube + access, "bad.yaml")], connection);
    }

    public void Dispose() => fixture.Dispose();
}
