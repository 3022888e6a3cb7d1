%% Ping-pong: this process and a partner exchange N round trips; the same program as pingpong.scm.
%%
%%   erl -noshell -run pingpong_bench main [N] -s init stop
-module(pingpong_bench).
-export([main/0, main/1]).

main() -> main(["1000000"]).

main([Arg | _]) ->
    N = list_to_integer(Arg),
    warm_up(fun() -> ping_round(N) end),
    S = ping_round(N),
    io:format("round-trips: ~p~n", [N]),
    io:format("total-s: ~f~n", [S]),
    io:format("round-trips-per-s: ~p~n", [round(N / S)]).

%% A first round of the same size warms up, unless WARMUP=0 is in the environment (a cold run).
warm_up(Round) ->
    case os:getenv("WARMUP") of
        "0" -> skipped;
        _ -> Round()
    end.

ponger() ->
    receive
        {From, N} -> From ! N, ponger();
        stop -> stopped
    end.

ping(_Partner, _Me, N, N) -> ok;
ping(Partner, Me, I, N) ->
    Partner ! {Me, I},
    receive I -> ok end,
    ping(Partner, Me, I + 1, N).

ping_round(N) ->
    Partner = spawn(fun ponger/0),
    Start = erlang:monotonic_time(nanosecond),
    ping(Partner, self(), 0, N),
    S = (erlang:monotonic_time(nanosecond) - Start) / 1.0e9,
    Partner ! stop,
    S.
