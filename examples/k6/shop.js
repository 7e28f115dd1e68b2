// A k6 load test of a shop API: ramp up, hold, ramp down, with pass/fail thresholds.
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE_URL = __ENV.BASE_URL || 'http://localhost:3000';

export const options = {
  stages: [
    { duration: '1m', target: 20 },
    { duration: '5m', target: 20 },
    { duration: '1m', target: 0 },
  ],
  thresholds: {
    http_req_failed: ['rate<0.01'],
    checks: ['rate>0.99'],
    http_req_duration: ['p(95)<400'],
    'http_req_duration{name:checkout}': ['p(95)<600'],
  },
};

export default function () {
  const products = http.get(`${BASE_URL}/api/products`, { tags: { name: 'list-products' } });
  check(products, { 'list products status is 200': (r) => r.status === 200 });
  sleep(1);

  // The product id changes every iteration: without a name tag, every id becomes its own metric series.
  const id = Math.floor(Math.random() * 1000);
  const detail = http.get(`${BASE_URL}/api/products/${id}`);
  check(detail, { 'product detail status is 200': (r) => r.status === 200 });
  sleep(1);

  const order = http.post(`${BASE_URL}/api/checkout`, JSON.stringify({ productId: id }), {
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk_live_51HxYzExampleToken0000' },
    tags: { name: 'checkout' },
  });
  check(order, { 'order created': (r) => r.status === 201 });
  sleep(2);
}
