// PostGraphile 5 declares Node 22; its planner needs Promise.withResolvers, which Node 20 lacks: this adds it.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}
