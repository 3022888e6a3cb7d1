%% A ring of R processes passes a token H hops; the same program as ring.scm.
%%
%%   erl -noshell -run ring_bench main [R [H]] -s init stop
-module(ring_bench).
-export([main/0, main/1]).

main() -> main(["10000", "1000000"]).

main([R, H | _]) ->
    Size = list_to_integer(R),
    Hops = list_to_integer(H),
    warm_up(fun() -> ring_round(Size, Hops) end),
    {SetupS, HopsS} = ring_round(Size, Hops),
    io:format("ring-size: ~p~n", [Size]),
    io:format("hops: ~p~n", [Hops]),
    io:format("setup-s: ~f~n", [SetupS]),
    io:format("hops-s: ~f~n", [HopsS]),
    io:format("messages-per-s: ~p~n", [round(Hops / HopsS)]).

%% A first round of the same size warms up, unless WARMUP=0 is in the environment (a cold run).
warm_up(Round) ->
    case os:getenv("WARMUP") of
        "0" -> skipped;
        _ -> Round()
    end.

seconds_since(Start) ->
    (erlang:monotonic_time(nanosecond) - Start) / 1.0e9.

%% The token is the number of hops still to go; the node that sees 0 tells the parent.
ring_node(Next, Parent) ->
    receive
        stop -> Next ! stop;
        0 -> Parent ! done, ring_node(Next, Parent);
        M -> Next ! M - 1, ring_node(Next, Parent)
    end.

%% The first node learns its successor, the last one spawned, from its first message.
make_ring(Size, Parent) ->
    First = spawn(fun() -> receive Next -> ring_node(Next, Parent) end end),
    make_ring(Size - 1, Parent, First, First).

make_ring(0, _Parent, First, Last) ->
    First ! Last,
    First;
make_ring(I, Parent, First, Next) ->
    make_ring(I - 1, Parent, First, spawn(fun() -> ring_node(Next, Parent) end)).

ring_round(Size, Hops) ->
    Start = erlang:monotonic_time(nanosecond),
    First = make_ring(Size, self()),
    SetupS = seconds_since(Start),
    Start2 = erlang:monotonic_time(nanosecond),
    First ! Hops,
    receive done -> ok end,
    HopsS = seconds_since(Start2),
    First ! stop,
    {SetupS, HopsS}.
